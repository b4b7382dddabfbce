/**
 * Matching and ordering questions (issue 20): how their content sits in a version's options, how
 * an answer to them is written, checked and scored. Pure; shared by the runner, the save and
 * submit services, the review pages, statistics and the import/export formats.
 *
 * Content, in `question_versions.options` (every text stays there, so search sees it):
 * - matching: premises `{id, text, correct: false, match: <response id>}`, then the responses
 *   `{id, text, correct: false}`;
 * - ordering: the items `{id, text, correct: false}` in the right order.
 * The kind and its scoring rules are the version's `settings` ({} for single/multiple response).
 *
 * Answers stay a list of strings, like a choice answer, so the save schema, the runner outbox and
 * `user_answers.selected` carry them unchanged:
 * - matching: `"<premise id>:<response id>"` pairs (a premise left unmatched has none);
 * - ordering: every item id in the learner's order.
 */

export type StructuredKind = 'matching' | 'ordering';

export interface QuestionSettings {
  kind?: StructuredKind;
  /** A share of the credit for each right pair/position; otherwise all-or-nothing. */
  partialCredit?: boolean;
  /** Matching: one response may answer several premises. */
  responsesReusable?: boolean;
}

export interface KindOption {
  id: string;
  text: string;
  match?: string;
}

/** The settings column as stored, reduced to what we know; anything else is a choice question. */
export function settingsOf(value: unknown): QuestionSettings {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return {};
    }
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const raw = parsed as Record<string, unknown>;
  if (raw.kind !== 'matching' && raw.kind !== 'ordering') return {};
  const settings: QuestionSettings = { kind: raw.kind, partialCredit: raw.partialCredit === true };
  if (raw.kind === 'matching') settings.responsesReusable = raw.responsesReusable === true;
  return settings;
}

export function premisesOf<T extends KindOption>(options: readonly T[]): T[] {
  return options.filter((o) => typeof o.match === 'string');
}

export function responsesOf<T extends KindOption>(options: readonly T[]): T[] {
  return options.filter((o) => typeof o.match !== 'string');
}

export function pairOf(premiseId: string, responseId: string): string {
  return `${premiseId}:${responseId}`;
}

/** "p1:r2" → ["p1", "r2"]; null when it is not a pair. */
export function splitPair(value: string): [string, string] | null {
  const at = value.indexOf(':');
  if (at <= 0 || at === value.length - 1 || value.indexOf(':', at + 1) !== -1) return null;
  return [value.slice(0, at), value.slice(at + 1)];
}

/** A matching answer as premise id → response id. */
export function matchesOf(selected: readonly string[] | null | undefined): Map<string, string> {
  const matches = new Map<string, string>();
  for (const value of selected ?? []) {
    const pair = splitPair(value);
    if (pair) matches.set(pair[0], pair[1]);
  }
  return matches;
}

/** The key of a matching question as pairs, and of an ordering question as its item ids. */
export function keyOf(kind: StructuredKind, options: readonly KindOption[]): string[] {
  return kind === 'matching'
    ? premisesOf(options).map((p) => pairOf(p.id, p.match!))
    : options.map((o) => o.id);
}

/** The share (0–1) of right pairs (matching) or right positions (ordering). */
export function shareRight(
  kind: StructuredKind,
  options: readonly KindOption[],
  selected: readonly string[],
) {
  if (kind === 'matching') {
    const premises = premisesOf(options);
    const given = matchesOf(selected);
    const right = premises.filter((p) => given.get(p.id) === p.match).length;
    return premises.length === 0 ? 0 : right / premises.length;
  }
  const right = options.filter((o, i) => selected[i] === o.id).length;
  return options.length === 0 ? 0 : right / options.length;
}

/** The score of a matching/ordering answer: all-or-nothing unless the version gives partial credit. */
export function scoreStructured(
  settings: QuestionSettings & { kind: StructuredKind },
  options: readonly KindOption[],
  selected: readonly string[] | null | undefined,
): number {
  if (!selected || selected.length === 0) return 0;
  const share = shareRight(settings.kind, options, selected);
  if (settings.partialCredit) return share;
  return share >= 1 - 1e-9 ? 1 : 0;
}

export type AnswerCheck = { ok: true; selected: string[] } | { ok: false; error: string };

/**
 * Checks a learner's matching/ordering answer against the version it showed, and writes it the one
 * way it is stored: matching pairs in premise order (a premise once, a known response, a response
 * used once unless reusable); ordering: every item exactly once, or nothing at all.
 */
export function checkStructuredAnswer(
  settings: QuestionSettings & { kind: StructuredKind },
  options: readonly KindOption[],
  selected: readonly string[],
): AnswerCheck {
  if (selected.length === 0) return { ok: true, selected: [] };
  if (settings.kind === 'ordering') {
    const ids = new Set(options.map((o) => o.id));
    const given = new Set(selected);
    if (
      selected.length !== options.length ||
      given.size !== options.length ||
      [...given].some((id) => !ids.has(id))
    )
      return { ok: false, error: `Put all ${options.length} items in order, each once.` };
    return { ok: true, selected: [...selected] };
  }
  const premises = premisesOf(options);
  const responseIds = new Set(responsesOf(options).map((r) => r.id));
  const seen = new Map<string, string>();
  for (const value of selected) {
    const pair = splitPair(value);
    if (!pair) return { ok: false, error: 'A match must name a premise and a response.' };
    const [premise, response] = pair;
    if (!premises.some((p) => p.id === premise))
      return { ok: false, error: 'Unknown premise in this answer.' };
    if (!responseIds.has(response)) return { ok: false, error: 'Unknown response in this answer.' };
    if (seen.has(premise)) return { ok: false, error: 'Match each premise only once.' };
    seen.set(premise, response);
  }
  if (!settings.responsesReusable) {
    const used = [...seen.values()];
    if (new Set(used).size !== used.length)
      return { ok: false, error: 'Use each response only once in this question.' };
  }
  return {
    ok: true,
    selected: premises.filter((p) => seen.has(p.id)).map((p) => pairOf(p.id, seen.get(p.id)!)),
  };
}

/** A small stable hash of a string (FNV-1a), to seed a question's shuffle from the attempt and position. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The entries as the runner shows them, without the key: matching premises in the author's
 * order (flagged `premise`), then the responses shuffled; ordering items shuffled, never in the
 * right order. The same seed (attempt + position) gives the same order on every reload.
 */
export function presentStructured(
  kind: StructuredKind,
  options: readonly KindOption[],
  random: () => number,
): { id: string; text: string; premise?: true }[] {
  const shuffled = <T>(items: readonly T[]): T[] => {
    const result = items.slice();
    for (let i = result.length - 1; i > 0; i -= 1) {
      const j = Math.min(i, Math.floor(random() * (i + 1)));
      [result[i], result[j]] = [result[j]!, result[i]!];
    }
    return result;
  };
  if (kind === 'matching')
    return [
      ...premisesOf(options).map((o) => ({ id: o.id, text: o.text, premise: true as const })),
      ...shuffled(responsesOf(options)).map((o) => ({ id: o.id, text: o.text })),
    ];
  const items = shuffled(options);
  if (items.length > 1 && items.every((o, i) => o.id === options[i]!.id)) items.push(items.shift()!);
  return items.map((o) => ({ id: o.id, text: o.text }));
}
