import { existsSync, readFileSync, statSync } from 'node:fs';
import { sequentialDepth, type RoundTrip } from '../../database/round-trip-probe';
import { LearnerClient } from '../load/http-client';

/** One request (or the two of a sign-in) and the database round trips the server made for it. */
export interface StepSample {
  step: string;
  ms: number;
  /** Every round trip started while the request was open. */
  trips: number;
  /** The longest chain of them one after the other (database/round-trip-probe.ts, sequentialDepth). */
  waves: number;
  /** Round trips started after the response was complete (work left behind, not waited for). */
  after: number;
}

export const LEARNER_BUDGET = 2;
export const MODERATOR_BUDGET = 4;

/** Reads the server's DB_ROUNDTRIP_LOG from where the last step left off. */
export class RoundTripLog {
  private offset: number;
  constructor(private readonly file: string) {
    this.offset = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  }

  take(): RoundTrip[] {
    // The server creates the file with its first round trip.
    const text = existsSync(this.file) ? readFileSync(this.file, 'utf8') : '';
    const fresh = text.slice(this.offset);
    this.offset = text.length;
    return fresh
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RoundTrip);
  }
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` (requests one after the other) and attributes the round trips logged meanwhile. */
export async function step<T>(
  log: RoundTripLog,
  samples: StepSample[],
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  log.take();
  const started = now();
  const result = await work();
  const ended = now();
  // Give work the response did not wait for a moment to show up in the log.
  await sleep(80);
  const trips = log.take();
  const during = trips.filter((t) => t.start <= ended);
  samples.push({
    step: name,
    ms: ended - started,
    trips: during.length,
    waves: sequentialDepth(during),
    after: trips.length - during.length,
  });
  return result;
}

async function ok(response: Response, what: string): Promise<Response> {
  const body = await response.text();
  if (response.status >= 400) throw new Error(`${what}: HTTP ${response.status} ${body.slice(0, 160)}`);
  return response;
}

/** Every learner request of the round-trip budget, in the order a learner makes them. */
export async function learnerFlow(
  base: string,
  log: RoundTripLog,
  samples: StepSample[],
  learner: { email: string; password: string; exam: string },
): Promise<void> {
  const client = new LearnerClient(base);
  const get = (name: string, path: string) =>
    step(log, samples, name, async () => ok(await client.request(path), name));
  await step(log, samples, 'sign-in (csrf + credentials callback)', () =>
    client.signIn(learner.email, learner.password),
  );
  await get('home page /', '/');
  await get('catalog page /exams', '/exams');
  // Each pass opens another exam: its first view reads the exam (the public catalog cache,
  // server/catalog/public-cache.ts), the next one is what most visitors get.
  await get('exam page, first view of the exam in 30 s', `/exams/${learner.exam}`);
  await get('exam page /exams/[slug]', `/exams/${learner.exam}`);
  const id = await step(log, samples, 'start mock exam POST /api/attempts', () =>
    client.startMockExam(learner.exam),
  );
  await get('exam-taking page /attempts/[id]', `/attempts/${id}`);
  for (let position = 0; position < 3; position += 1) {
    await step(log, samples, 'save answer POST /api/attempts/[id]/answers', async () =>
      ok(
        await client.request(`/api/attempts/${id}/answers`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ position, selected: ['b'], revision: 1, timeSpentMs: 20_000 }),
        }),
        'save',
      ),
    );
  }
  await step(log, samples, 'submit POST /api/attempts/[id]/submit', async () =>
    ok(await client.request(`/api/attempts/${id}/submit`, { method: 'POST' }), 'submit'),
  );
  await get('result page /attempts/[id]/result', `/attempts/${id}/result`);
  // The generated history was never turned into review cards: the first visit catches up on
  // it (a one-off, server/review/catch-up.ts); the second is the everyday dashboard.
  await get('dashboard page, first visit (catch-up of generated attempts)', '/dashboard');
  await get('dashboard page /dashboard', '/dashboard');
  await get('review page /review', '/review');
}

/** The moderator's pages (the save is a server action, measured in-process: round-trips.bench.ts). */
export async function moderatorFlow(
  base: string,
  log: RoundTripLog,
  samples: StepSample[],
  moderator: { email: string; password: string; questionId: number },
): Promise<void> {
  const client = new LearnerClient(base);
  await client.signIn(moderator.email, moderator.password);
  const get = (name: string, path: string) =>
    step(log, samples, name, async () => ok(await client.request(path), name));
  await get('studio question list /studio/questions', '/studio/questions');
  await get('studio editor /studio/questions/[id]', `/studio/questions/${moderator.questionId}`);
}
