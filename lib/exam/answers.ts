import { checkStructuredAnswer, type KindOption, type QuestionSettings } from './kinds';

export type ChoiceKind = 'single' | 'multiple';
export type QuestionKind = ChoiceKind | 'matching' | 'ordering';

/**
 * The widget a version of a question needs: the version's own kind (matching, ordering) when it
 * has one; else multiple response when the question says so, or when its key has two or more
 * options whatever the question's type says today (the type can be edited after an attempt pinned
 * the version). The one rule of the runner, the review and the studio.
 */
export function questionKindOf(
  type: unknown,
  options: readonly { correct: boolean }[],
  settings?: QuestionSettings,
): QuestionKind {
  if (settings?.kind) return settings.kind;
  return type === 'multiple' || options.filter((o) => o.correct).length > 1 ? 'multiple' : 'single';
}

/** How many options the learner must choose: 1, or the size of the key ("Choose 2"); 0 for the other kinds. */
export function choicesRequired(type: QuestionKind, options: readonly { correct: boolean }[]): number {
  if (type === 'matching' || type === 'ordering') return 0;
  return type === 'single' ? 1 : Math.max(1, options.filter((o) => o.correct).length);
}

export type SelectionCheck = { ok: true; selected: string[] } | { ok: false; error: string };

/**
 * Validates a learner's choice against the options the question showed: known ids only, no
 * more than the question allows. Duplicates collapse; the result follows the options' order,
 * so the same choice is always stored the same way. An empty list means "no answer".
 */
export function checkSelection(
  options: readonly { id: string }[],
  choose: number,
  selected: readonly string[],
): SelectionCheck {
  const known = new Set(options.map((o) => o.id));
  const unknown = selected.find((id) => !known.has(id));
  if (unknown !== undefined)
    return { ok: false, error: `"${unknown.slice(0, 20)}" is not an option of this question.` };
  const chosen = new Set(selected);
  if (chosen.size > choose) {
    return {
      ok: false,
      error: choose === 1 ? 'Choose only one option.' : `Choose at most ${choose} options.`,
    };
  }
  return { ok: true, selected: options.map((o) => o.id).filter((id) => chosen.has(id)) };
}

/** Checks an answer of any kind against the version it showed (see checkSelection, checkStructuredAnswer). */
export function checkAnswer(
  type: unknown,
  options: readonly (KindOption & { correct: boolean })[],
  settings: QuestionSettings,
  selected: readonly string[],
): SelectionCheck {
  const kind = questionKindOf(type, options, settings);
  if (kind === 'matching' || kind === 'ordering')
    return checkStructuredAnswer({ ...settings, kind }, options, selected);
  return checkSelection(options, choicesRequired(kind, options), selected);
}

/** "A", "B", … for option positions (labels shown to the learner and used by the keyboard). */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
