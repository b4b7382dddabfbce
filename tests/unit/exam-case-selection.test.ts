import { describe, expect, it } from 'vitest';
import { drawMock, type CaseUnit } from '@/lib/exam/case-selection';
import { seededRandom } from '@/lib/exam/random';
import { allocateByWeight } from '@/lib/exam/selection';

const objectives = [
  { objectiveId: 1, weight: 50 },
  { objectiveId: 2, weight: 30 },
  { objectiveId: 3, weight: 20 },
];
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
const standalone = new Map<number, number[]>([
  [1, range(1000, 30)],
  [2, range(2000, 20)],
  [3, range(3000, 12)],
]);
// Case 9 spans two objectives; case 8 is all objective 3.
const cases: CaseUnit[] = [
  {
    id: 9,
    questions: [
      { id: 9001, objectiveId: 1 },
      { id: 9002, objectiveId: 1 },
      { id: 9003, objectiveId: 2 },
    ],
  },
  {
    id: 8,
    questions: [
      { id: 8001, objectiveId: 3 },
      { id: 8002, objectiveId: 3 },
    ],
  },
];
const objectiveOf = new Map<number, number>();
for (const [o, ids] of standalone) for (const id of ids) objectiveOf.set(id, o);
for (const c of cases) for (const q of c.questions) objectiveOf.set(q.id, q.objectiveId);

function perObjective(ids: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of ids) counts.set(objectiveOf.get(id)!, (counts.get(objectiveOf.get(id)!) ?? 0) + 1);
  return counts;
}

const supply = objectives.map((o) => ({
  ...o,
  available:
    (standalone.get(o.objectiveId)?.length ?? 0) +
    cases.flatMap((c) => c.questions).filter((q) => q.objectiveId === o.objectiveId).length,
}));

describe('drawing a mock with case studies', () => {
  it('keeps every objective at its allocation, takes a case whole, and keeps its questions together', () => {
    const random = seededRandom(5);
    const expected = allocateByWeight(supply, 20);
    let withCase = 0;
    for (let i = 0; i < 500; i += 1) {
      const ids = drawMock({ objectives, standalone, cases, total: 20, random });
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      expect(perObjective(ids)).toEqual(expected);
      for (const c of cases) {
        const at = c.questions.map((q) => ids.indexOf(q.id));
        const present = at.filter((p) => p >= 0);
        // All or none, and contiguous in the case's own order.
        expect([0, c.questions.length]).toContain(present.length);
        if (present.length > 0) {
          withCase += 1;
          expect(at).toEqual(at.map((_, k) => (at[0] as number) + k));
        }
      }
    }
    expect(withCase).toBeGreaterThan(0);
  });

  it('draws a case about as often as a plain draw would show one of its questions', () => {
    const random = seededRandom(11);
    const draws = 4000;
    let case9 = 0;
    for (let i = 0; i < draws; i += 1)
      if (drawMock({ objectives, standalone, cases, total: 20, random }).includes(9001)) case9 += 1;
    // Objective 1 gets 10 of 32 questions, objective 2 gets 6 of 21: mean chance ≈ 0.30.
    const allocation = allocateByWeight(supply, 20);
    const chance = ((2 * allocation.get(1)!) / 32 + allocation.get(2)! / 21) / 3;
    expect(Math.abs(case9 / draws - chance)).toBeLessThan(0.04);
  });

  it('is deterministic for one seed', () => {
    const a = drawMock({ objectives, standalone, cases, total: 20, random: seededRandom(3) });
    const b = drawMock({ objectives, standalone, cases, total: 20, random: seededRandom(3) });
    expect(a).toEqual(b);
  });

  it('never draws a case larger than its objective share, and fills a short bank with fitting cases', () => {
    const big: CaseUnit = { id: 7, questions: range(7001, 4).map((id) => ({ id, objectiveId: 3 })) };
    for (let seed = 0; seed < 50; seed += 1) {
      // Objective 3 gets 2 of 10: the 4-question case never fits.
      const ids = drawMock({ objectives, standalone, cases: [big], total: 10, random: seededRandom(seed) });
      expect(ids.some((id) => id >= 7001 && id <= 7004)).toBe(false);
    }
    const onlyCases = new Map<number, number[]>([[3, [3000]]]);
    const ids = drawMock({
      objectives: [{ objectiveId: 3, weight: 100 }],
      standalone: onlyCases,
      cases: [cases[1]!],
      total: 3,
      random: seededRandom(1),
    });
    expect([...ids].sort()).toEqual([3000, 8001, 8002]);
  });

  it('without cases draws exactly as before', () => {
    const a = drawMock({ objectives, standalone, cases: [], total: 12, random: seededRandom(8) });
    expect(perObjective(a)).toEqual(
      allocateByWeight(
        objectives.map((o) => ({ ...o, available: standalone.get(o.objectiveId)!.length })),
        12,
      ),
    );
  });
});
