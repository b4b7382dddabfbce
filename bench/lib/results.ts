import { appendFileSync } from 'node:fs';
import type { Timing } from './measure';

export interface Figure {
  /** e.g. "mock exam: choose + load 65 questions" */
  name: string;
  issue: number;
  unit: 'ms' | 'req/s' | 'jobs/s' | 'MB' | 's' | 'ratio';
  timing?: Timing;
  /** For single values (throughput, memory, ratios). */
  value?: number;
  target?: string;
  dataSize: string;
}

/**
 * Prints the figure, and appends it as a JSON line to BENCH_RESULTS_FILE when `npm run bench`
 * collects results (bench/run-all.ts).
 */
export function recordFigure(given: Figure): void {
  // DB_ROUNDTRIP_DELAY_MS (database/round-trip-probe.ts) delays the app's database round trips
  // of an in-process benchmark: its figures say so.
  const rtt = Number(process.env.DB_ROUNDTRIP_DELAY_MS || 0);
  const mode = process.env.DB_ROUNDTRIP_MODE === 'replica' ? ', replica' : '';
  const figure =
    rtt > 0 && !given.name.startsWith('[RTT')
      ? { ...given, name: `[RTT ${rtt} ms${mode}] ${given.name}` }
      : given;
  const shown = figure.timing
    ? `p50 ${figure.timing.p50} ms, p99 ${figure.timing.p99} ms (n=${figure.timing.samples})`
    : `${figure.value} ${figure.unit}`;
  console.log(
    `${figure.name}: ${shown}${figure.target ? `  [target ${figure.target}]` : ''}  (${figure.dataSize})`,
  );
  const file = process.env.BENCH_RESULTS_FILE;
  if (file) appendFileSync(file, `${JSON.stringify(figure)}\n`);
}
