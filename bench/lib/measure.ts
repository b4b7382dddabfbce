/** Timing helpers for benchmarks (not tests: they print numbers and never fail on time). */
export interface Timing {
  samples: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

export function summarise(samplesMs: number[]): Timing {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    samples: sorted.length,
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length)),
    min: round(sorted[0] ?? 0),
    max: round(sorted.at(-1) ?? 0),
  };
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times, timing each call. */
export async function measure(
  fn: (i: number) => Promise<unknown> | unknown,
  iterations: number,
  warmup = Math.min(20, iterations),
): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}
