import type { Random } from './random';
import { drawByAllocation, type ObjectiveSupply } from './selection';
import { practiceMinutes } from './timing';

/**
 * The diagnostic test: a short stratified sample of the exam, about two questions from every
 * objective that has any, so one sitting measures every part of the blueprint (and seeds mastery
 * and readiness for each) without the length of a mock. Never longer than 20 minutes at the
 * exam's own pace: with many objectives the heavier ones get their share first.
 */
export const DIAGNOSTIC_PER_OBJECTIVE = 2;
export const DIAGNOSTIC_MAX_MINUTES = 20;

export interface ExamPace {
  durationMinutes: number;
  questionCount: number;
}

export interface DiagnosticPlan {
  /** objectiveId → questions to draw; objectives without questions are absent. */
  allocation: Map<number, number>;
  total: number;
  /** The time limit, at the exam's minutes per question (practiceMinutes), at most 20. */
  minutes: number;
}

/** How many questions fit in DIAGNOSTIC_MAX_MINUTES at the exam's pace (at least one). */
export function diagnosticCap(pace: ExamPace): number {
  const perQuestion = pace.questionCount > 0 ? pace.durationMinutes / pace.questionCount : 1;
  if (!(perQuestion > 0)) return DIAGNOSTIC_MAX_MINUTES;
  return Math.max(1, Math.floor(DIAGNOSTIC_MAX_MINUTES / perQuestion + 1e-9));
}

/**
 * Hands out the questions in rounds: every objective with questions left gets one per round,
 * heaviest first (ties in the given order), for DIAGNOSTIC_PER_OBJECTIVE rounds or until the
 * cap is reached. So each objective gets its share before any gets a second, and an objective
 * with one question gives one. Deterministic: the same objectives give the same plan.
 */
export function planDiagnostic(objectives: readonly ObjectiveSupply[], pace: ExamPace): DiagnosticPlan {
  const cap = diagnosticCap(pace);
  const order = objectives
    .map((o, index) => ({ ...o, index }))
    .filter((o) => o.available >= 1)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const allocation = new Map<number, number>();
  let total = 0;
  for (let round = 1; round <= DIAGNOSTIC_PER_OBJECTIVE; round += 1) {
    for (const o of order) {
      if (total >= cap) break;
      if (o.available < round) continue;
      allocation.set(o.objectiveId, round);
      total += 1;
    }
  }
  const minutes = total === 0 ? 0 : practiceMinutes(pace.durationMinutes, pace.questionCount, total);
  return { allocation, total, minutes: Math.min(minutes, DIAGNOSTIC_MAX_MINUTES) };
}

/** The plan's questions drawn from each objective's ids, shuffled together (seeded by `random`). */
export function drawDiagnostic(
  pools: ReadonlyMap<number, ArrayLike<number>>,
  plan: DiagnosticPlan,
  random: Random,
): number[] {
  return drawByAllocation(pools, plan.allocation, random);
}
