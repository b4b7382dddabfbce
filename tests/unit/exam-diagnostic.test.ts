import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_MAX_MINUTES, diagnosticCap, drawDiagnostic, planDiagnostic } from '@/lib/exam/diagnostic';
import { seededRandom } from '@/lib/exam/random';

// A typical exam: 90 minutes for 65 questions (about 1.4 minutes each).
const pace = { durationMinutes: 90, questionCount: 65 };
const objective = (objectiveId: number, weight: number, available: number) => ({
  objectiveId,
  weight,
  available,
});

describe('the diagnostic test', () => {
  it('takes two questions from every objective when they fit', () => {
    const plan = planDiagnostic([objective(1, 30, 50), objective(2, 26, 50), objective(3, 44, 50)], pace);
    expect(plan.allocation).toEqual(
      new Map([
        [3, 2],
        [1, 2],
        [2, 2],
      ]),
    );
    expect(plan.total).toBe(6);
    // 6 questions at 90/65 minutes each: 8.3, rounded up.
    expect(plan.minutes).toBe(9);
  });

  it('takes one from an objective with one question and none from an empty one', () => {
    const plan = planDiagnostic([objective(1, 40, 1), objective(2, 40, 0), objective(3, 20, 9)], pace);
    expect(plan.allocation).toEqual(
      new Map([
        [1, 1],
        [3, 2],
      ]),
    );
    expect(plan.allocation.has(2)).toBe(false);
    expect(plan.total).toBe(3);
  });

  it('has nothing to offer for an exam without questions', () => {
    const plan = planDiagnostic([objective(1, 100, 0)], pace);
    expect(plan).toEqual({ allocation: new Map(), total: 0, minutes: 0 });
  });

  it('caps many objectives at 20 minutes, giving every objective one before any gets two', () => {
    // 30 objectives × 2 = 60 questions would take 84 minutes; 20 minutes hold 14.
    const many = Array.from({ length: 30 }, (_, i) => objective(i + 1, i === 29 ? 50 : 1, 10));
    expect(diagnosticCap(pace)).toBe(14);
    const plan = planDiagnostic(many, pace);
    expect(plan.total).toBe(14);
    expect(plan.minutes).toBeLessThanOrEqual(DIAGNOSTIC_MAX_MINUTES);
    expect([...plan.allocation.values()].every((count) => count === 1)).toBe(true);
    // The heaviest objective is served first, then the others in their order.
    expect([...plan.allocation.keys()].slice(0, 3)).toEqual([30, 1, 2]);

    // 10 objectives: all get one (10), then the heaviest get a second up to 14.
    const ten = Array.from({ length: 10 }, (_, i) => objective(i + 1, 10 + i, 10));
    const second = planDiagnostic(ten, pace);
    expect(second.total).toBe(14);
    expect([...second.allocation.entries()].filter(([, n]) => n === 2).map(([id]) => id)).toEqual([
      10, 9, 8, 7,
    ]);
  });

  it('never exceeds 20 minutes, whatever the pace', () => {
    for (const p of [
      { durationMinutes: 180, questionCount: 50 }, // 3.6 minutes a question: 5 questions
      { durationMinutes: 30, questionCount: 120 },
      { durationMinutes: 60, questionCount: 0 },
      { durationMinutes: 500, questionCount: 10 }, // 50 minutes a question: still one
    ]) {
      const plan = planDiagnostic([objective(1, 50, 40), objective(2, 50, 40)], p);
      expect(plan.total).toBeGreaterThan(0);
      if (p.durationMinutes / Math.max(1, p.questionCount) <= DIAGNOSTIC_MAX_MINUTES)
        expect(plan.minutes).toBeLessThanOrEqual(DIAGNOSTIC_MAX_MINUTES);
    }
    expect(diagnosticCap({ durationMinutes: 180, questionCount: 50 })).toBe(5);
    expect(planDiagnostic([objective(1, 1, 9)], { durationMinutes: 500, questionCount: 10 }).minutes).toBe(
      20,
    );
  });

  it('draws the same questions from the same seed, and others from another', () => {
    const pools = new Map<number, Int32Array>([
      [1, Int32Array.from({ length: 40 }, (_, i) => 100 + i)],
      [2, Int32Array.from({ length: 40 }, (_, i) => 200 + i)],
      [3, Int32Array.from([300])],
    ]);
    const plan = planDiagnostic([objective(1, 50, 40), objective(2, 30, 40), objective(3, 20, 1)], pace);
    const first = drawDiagnostic(pools, plan, seededRandom(7));
    expect(drawDiagnostic(pools, plan, seededRandom(7))).toEqual(first);
    expect(drawDiagnostic(pools, plan, seededRandom(8))).not.toEqual(first);
    expect(first).toHaveLength(5);
    expect(new Set(first).size).toBe(5);
    expect(first.filter((id) => id >= 100 && id < 140)).toHaveLength(2);
    expect(first.filter((id) => id >= 200 && id < 240)).toHaveLength(2);
    expect(first).toContain(300);
  });
});
