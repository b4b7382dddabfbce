import { summarise } from '../lib/measure';
import { recordFigure } from '../lib/results';
import { runLearners, STEPS } from './learners';

export interface LadderOptions {
  base: string;
  /** Learner counts to try, smallest first; the ladder stops at the first one that fails. */
  counts: number[];
  /** Every count's learners arrive within this many ms. */
  rampMs: number;
  answersPerLearner: number;
  password: string;
  label: string;
  dataSize: string;
}

/** The worst page p99 of a run: the pages are what a learner waits for after arriving. */
function worstPageP99(timings: Record<(typeof STEPS)[number], number[]>): number {
  return Math.max(...STEPS.filter((s) => s.endsWith('page')).map((s) => summarise(timings[s]).p99));
}

/**
 * Bigger and bigger bursts of learners (all arriving within `rampMs`), each the full script of
 * learners.ts. A count is clean with 0 errors and every page's p99 ≤ 1 s; returns the largest
 * clean count (0 when even the first failed).
 */
export async function burstLadder(o: LadderOptions): Promise<number> {
  let largestClean = 0;
  for (const learners of o.counts) {
    const run = await runLearners({
      base: o.base,
      learners,
      answersPerLearner: o.answersPerLearner,
      exams: 19,
      pauseMs: [2_000, 5_000],
      rampMs: o.rampMs,
      password: o.password,
    });
    const pageP99 = Math.round(worstPageP99(run.timings));
    const save = summarise(run.timings['save answer']);
    const clean = run.errors.length === 0 && pageP99 <= 1_000;
    recordFigure({
      issue: 17,
      name: `${o.label}burst of ${learners} learners within ${o.rampMs / 1000} s: worst page p99`,
      unit: 'ms',
      value: pageP99,
      target: '<= 1000 with 0 errors',
      dataSize: `${run.errors.length} errors, save p50 ${Math.round(save.p50)} / p99 ${Math.round(save.p99)} ms, ${run.requests} requests in ${run.seconds.toFixed(1)} s; ${clean ? 'clean' : 'NOT clean'}; ${o.dataSize}`,
    });
    for (const error of run.errors.slice(0, 3)) console.log(`  error: ${error.message}`);
    if (!clean) break;
    largestClean = learners;
  }
  recordFigure({
    issue: 17,
    name: `${o.label}largest clean burst (0 errors, page p99 <= 1 s, arrivals within ${o.rampMs / 1000} s)`,
    unit: 'ratio',
    value: largestClean,
    target: '>= 1000',
    dataSize: `tried ${o.counts.join(', ')}; ${o.dataSize}`,
  });
  return largestClean;
}
