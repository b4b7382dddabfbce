/** What scoring needs of an option: whether it belongs to the key. */
export interface KeyedOption {
  id: string;
  correct: boolean;
}

export function correctOptionIds(options: readonly KeyedOption[]): string[] {
  return options.filter((o) => o.correct).map((o) => o.id);
}

/**
 * All-or-nothing, as certification exams score: the chosen set must equal the key exactly.
 * A multiple-response answer with one right option of two scores nothing; no answer scores nothing.
 */
export function isCorrectAnswer(
  options: readonly KeyedOption[],
  selected: readonly string[] | null | undefined,
): boolean {
  if (!selected || selected.length === 0) return false;
  const key = new Set(correctOptionIds(options));
  const chosen = new Set(selected);
  if (chosen.size !== key.size) return false;
  for (const id of chosen) if (!key.has(id)) return false;
  return true;
}

export interface ScorableItem {
  objectiveId: number | null;
  options: readonly KeyedOption[];
  /** null when the question was left unanswered. */
  selected: readonly string[] | null;
}

export interface ObjectiveScore {
  objectiveId: number | null;
  correct: number;
  total: number;
  /** 0–100, not rounded. */
  percent: number;
}

export interface AttemptScore {
  correct: number;
  total: number;
  answered: number;
  /** 0–100, not rounded (round for display only). */
  percent: number;
  /** null when there is no passing score (practice). */
  passed: boolean | null;
  /** One entry per objective, weakest first. */
  byObjective: ObjectiveScore[];
  /** Correctness per item, in the order given. */
  results: boolean[];
}

export function percentOf(correct: number, total: number): number {
  return total === 0 ? 0 : (correct / total) * 100;
}

/** Passing needs at least the passing score, compared unrounded (69.9% does not pass 70%). */
export function hasPassed(percent: number, passingScore: number): boolean {
  return percent + 1e-9 >= passingScore;
}

/** Weakest first: lowest percent, then the objective with more questions (more evidence), then id. */
export function weakestFirst(a: ObjectiveScore, b: ObjectiveScore): number {
  return (
    a.percent - b.percent || b.total - a.total || (a.objectiveId ?? Infinity) - (b.objectiveId ?? Infinity)
  );
}

export function scoreAttempt(items: readonly ScorableItem[], passingScore: number | null): AttemptScore {
  const results = items.map((item) => isCorrectAnswer(item.options, item.selected));
  const correct = results.filter(Boolean).length;
  const answered = items.filter((item) => item.selected && item.selected.length > 0).length;
  const groups = new Map<number | null, { correct: number; total: number }>();
  items.forEach((item, i) => {
    const group = groups.get(item.objectiveId) ?? { correct: 0, total: 0 };
    group.total += 1;
    if (results[i]) group.correct += 1;
    groups.set(item.objectiveId, group);
  });
  const byObjective = [...groups]
    .map(([objectiveId, g]) => ({
      objectiveId,
      correct: g.correct,
      total: g.total,
      percent: percentOf(g.correct, g.total),
    }))
    .sort(weakestFirst);
  const percent = percentOf(correct, items.length);
  return {
    correct,
    total: items.length,
    answered,
    percent,
    passed: passingScore === null ? null : hasPassed(percent, passingScore),
    byObjective,
    results,
  };
}

/** Scores shown to people are rounded down, so a displayed 70% never hides a failing 69.5%. */
export function displayPercent(percent: number): number {
  return Math.floor(percent + 1e-9);
}
