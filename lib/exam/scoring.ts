import { scoreStructured, type QuestionSettings } from './kinds';

/** What scoring needs of an option: whether it belongs to the key (matching: its right response). */
export interface KeyedOption {
  id: string;
  correct: boolean;
  text?: string;
  match?: string;
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

/**
 * An answer's score in [0, 1]. Choice questions and, by default, matching and ordering are
 * all-or-nothing (1 or 0); a matching/ordering version with partial credit scores the share of
 * right pairs/positions.
 */
export function scoreAnswer(
  options: readonly KeyedOption[],
  selected: readonly string[] | null | undefined,
  settings?: QuestionSettings,
): number {
  if (settings?.kind) {
    const items = options.map((o) => ({ id: o.id, text: o.text ?? '', match: o.match }));
    return scoreStructured({ ...settings, kind: settings.kind }, items, selected);
  }
  return isCorrectAnswer(options, selected) ? 1 : 0;
}

/** A score that counts as fully right (floating-point shares such as 3 × 1/3 may miss 1 by a hair). */
export function isFullMarks(score: number): boolean {
  return score >= 1 - 1e-9;
}

/** Fully right (score 1) under the version's rules. */
export function isFullyCorrect(
  options: readonly KeyedOption[],
  selected: readonly string[] | null | undefined,
  settings?: QuestionSettings,
): boolean {
  return isFullMarks(scoreAnswer(options, selected, settings));
}

export interface ScorableItem {
  objectiveId: number | null;
  options: readonly KeyedOption[];
  /** null when the question was left unanswered. */
  selected: readonly string[] | null;
  /** The version's kind and scoring rules; absent for choice questions. */
  settings?: QuestionSettings;
}

export interface ObjectiveScore {
  objectiveId: number | null;
  /** Points: fully right answers count 1, partial credit its share. */
  correct: number;
  total: number;
  /** 0–100, not rounded. */
  percent: number;
}

export interface AttemptScore {
  /** Fully right answers. */
  correct: number;
  /** Points scored: `correct` plus the shares of partially right answers; the percent is of these. */
  points: number;
  total: number;
  answered: number;
  /** 0–100, not rounded (round for display only). */
  percent: number;
  /** null when there is no passing score (practice). */
  passed: boolean | null;
  /** One entry per objective, weakest first. */
  byObjective: ObjectiveScore[];
  /** Correctness (fully right) per item, in the order given. */
  results: boolean[];
  /** Score (0–1) per item, in the order given. */
  scores: number[];
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
  const scores = items.map((item) => scoreAnswer(item.options, item.selected, item.settings));
  const results = scores.map(isFullMarks);
  const correct = results.filter(Boolean).length;
  const points = scores.reduce((sum, score) => sum + score, 0);
  const answered = items.filter((item) => item.selected && item.selected.length > 0).length;
  const groups = new Map<number | null, { correct: number; total: number }>();
  items.forEach((item, i) => {
    const group = groups.get(item.objectiveId) ?? { correct: 0, total: 0 };
    group.total += 1;
    group.correct += scores[i]!;
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
  const percent = percentOf(points, items.length);
  return {
    correct,
    points,
    total: items.length,
    answered,
    percent,
    passed: passingScore === null ? null : hasPassed(percent, passingScore),
    byObjective,
    results,
    scores,
  };
}

/** Scores shown to people are rounded down, so a displayed 70% never hides a failing 69.5%. */
export function displayPercent(percent: number): number {
  return Math.floor(percent + 1e-9);
}
