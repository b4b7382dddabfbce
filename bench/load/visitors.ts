import { summarise, type Timing } from '../lib/measure';

export interface VisitorBurst {
  visitors: number;
  errors: number;
  /** Every page view's time to the last byte. */
  pages: Timing;
  seconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Anonymous visitors arriving within `rampMs`, each opening the home page, the catalog and one
 * exam page one after the other, as a browser asks for them (gzip, no cookie): the traffic the
 * public-page cache serves. An error is a failed request or a status other than 200.
 */
export async function visitorBurst(
  base: string,
  visitors: number,
  rampMs: number,
  exams: number,
): Promise<VisitorBurst> {
  const samples: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: visitors }, async (_, i) => {
      await sleep((rampMs * i) / visitors);
      const exam = `bench-exam-${String((i % exams) + 1).padStart(2, '0')}`;
      for (const path of ['/', '/exams', `/exams/${exam}`]) {
        const begun = performance.now();
        try {
          const response = await fetch(base + path, { headers: { 'accept-encoding': 'gzip' } });
          await response.arrayBuffer();
          if (response.status !== 200) errors += 1;
        } catch {
          errors += 1;
        }
        samples.push(performance.now() - begun);
      }
    }),
  );
  return { visitors, errors, pages: summarise(samples), seconds: (performance.now() - started) / 1000 };
}
