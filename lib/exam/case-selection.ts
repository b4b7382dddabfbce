import { sample, shuffle, type Random } from './random';
import { allocateByWeight, drawByAllocation } from './selection';

/**
 * Drawing a mock exam with case studies (issue 20). A case is drawn as a unit — all its questions
 * or none — and its questions stay together (a section) in the attempt's order. The rule that
 * keeps the objective weighting right:
 *
 * 1. The exam's count is allocated over the objectives by weight (allocateByWeight) against every
 *    drawable question, standalone and in cases: each case question counts for its own objective.
 * 2. The cases, in random order, are each taken with the chance a question of theirs would have
 *    in a plain draw (the mean of allocation / bank size over their questions), when every one of
 *    their questions still fits its objective's remaining allocation. A case larger than an
 *    objective's share of the mock is therefore never drawn into it: the weighting wins.
 * 3. Standalone questions fill what is left of each objective. Where an objective's standalone
 *    bank is short, cases that fit the shortfall are taken first; what is still missing goes to
 *    the other objectives by weight, as allocateByWeight does for a short bank.
 *
 * So each objective gets exactly its allocation whenever the bank can supply it, and the draw is
 * as seeded as before (one `random` stream). Without cases this is drawByAllocation itself.
 */

export interface CaseUnit {
  id: number;
  /** The case's drawable questions, in the order the section shows them. */
  questions: readonly { id: number; objectiveId: number }[];
}

export interface MockDrawInput {
  objectives: readonly { objectiveId: number; weight: number }[];
  /** objectiveId → active questions that belong to no (published) case. */
  standalone: ReadonlyMap<number, ArrayLike<number>>;
  cases: readonly CaseUnit[];
  total: number;
  random: Random;
}

function countsOf(unit: CaseUnit): Map<number, number> {
  const counts = new Map<number, number>();
  for (const q of unit.questions) counts.set(q.objectiveId, (counts.get(q.objectiveId) ?? 0) + 1);
  return counts;
}

function fits(counts: ReadonlyMap<number, number>, room: ReadonlyMap<number, number>): boolean {
  for (const [objectiveId, n] of counts) if (n > (room.get(objectiveId) ?? 0)) return false;
  return true;
}

function subtract(from: Map<number, number>, counts: ReadonlyMap<number, number>): void {
  for (const [objectiveId, n] of counts) from.set(objectiveId, (from.get(objectiveId) ?? 0) - n);
}

/** The ids of a mock exam, cases as contiguous sections, everything else shuffled around them. */
export function drawMock(input: MockDrawInput): number[] {
  const { objectives, standalone, random } = input;
  const sizeOf = (objectiveId: number) => standalone.get(objectiveId)?.length ?? 0;
  const cases = input.cases.filter((c) => c.questions.length > 0);
  if (cases.length === 0) {
    const supply = objectives.map((o) => ({ ...o, available: sizeOf(o.objectiveId) }));
    return drawByAllocation(standalone, allocateByWeight(supply, input.total), random);
  }
  const counts = new Map(cases.map((c) => [c.id, countsOf(c)]));
  const bank = new Map(objectives.map((o) => [o.objectiveId, sizeOf(o.objectiveId)]));
  for (const c of cases) for (const [o, n] of counts.get(c.id)!) bank.set(o, (bank.get(o) ?? 0) + n);
  const supply = objectives.map((o) => ({ ...o, available: bank.get(o.objectiveId) ?? 0 }));
  const allocation = allocateByWeight(supply, input.total);
  const need = new Map(allocation);
  const order = shuffle(cases, random);
  const taken = new Set<number>();
  const take = (c: CaseUnit) => {
    taken.add(c.id);
    subtract(need, counts.get(c.id)!);
  };

  for (const c of order) {
    const share = (q: { objectiveId: number }) =>
      Math.min(1, (allocation.get(q.objectiveId) ?? 0) / Math.max(1, bank.get(q.objectiveId) ?? 0));
    const chance = c.questions.reduce((sum, q) => sum + share(q), 0) / c.questions.length;
    if (random() < chance && fits(counts.get(c.id)!, need)) take(c);
  }
  // A short standalone bank: cases that fit its shortfall come before other objectives' questions.
  const shortfall = () => new Map([...need].map(([o, n]) => [o, Math.max(0, n - sizeOf(o))]));
  for (const c of order) if (!taken.has(c.id) && fits(counts.get(c.id)!, shortfall())) take(c);

  const fromBank = new Map([...need].map(([o, n]) => [o, Math.min(Math.max(0, n), sizeOf(o))]));
  const missing = [...need].reduce((sum, [o, n]) => sum + Math.max(0, n - (fromBank.get(o) ?? 0)), 0);
  if (missing > 0) {
    const rest = objectives.map((o) => ({
      ...o,
      available: sizeOf(o.objectiveId) - (fromBank.get(o.objectiveId) ?? 0),
    }));
    for (const [o, n] of allocateByWeight(rest, missing)) fromBank.set(o, (fromBank.get(o) ?? 0) + n);
  }

  const units: number[][] = [];
  for (const [objectiveId, n] of fromBank) {
    const pool = standalone.get(objectiveId);
    if (pool && n > 0) for (const id of sample(pool, n, random)) units.push([id]);
  }
  for (const c of order) if (taken.has(c.id)) units.push(c.questions.map((q) => q.id));
  return shuffle(units, random).flat();
}
