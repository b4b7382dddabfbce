import { LearnerClient } from './http-client';

export const STEPS = [
  'sign-in',
  'catalog page',
  'exam page',
  'start mock exam',
  'exam-taking page',
  'save answer',
  'submit',
] as const;
export type Step = (typeof STEPS)[number];

export interface LearnerRunOptions {
  base: string;
  learners: number;
  answersPerLearner: number;
  exams: number;
  /** Compressed think time between answers, ms (uniform in [min, max]). */
  pauseMs: [number, number];
  /** Spread the learners' arrivals over this many ms. */
  rampMs: number;
  password: string;
}

export interface LearnerRunResult {
  timings: Record<Step, number[]>;
  errors: { step: Step; message: string }[];
  requests: number;
  seconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function expectOk(response: Response, step: Step): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (response.status >= 400)
    throw new Error(
      `${step}: HTTP ${response.status} ${typeof body === 'string' ? body.slice(0, 120) : JSON.stringify(body).slice(0, 200)}`,
    );
  return body;
}

/** One learner: sign in, browse, start a mock exam, answer one by one with pauses, submit. */
async function runLearner(index: number, o: LearnerRunOptions, result: LearnerRunResult): Promise<void> {
  const client = new LearnerClient(o.base);
  const exam = `bench-exam-${String((index % o.exams) + 1).padStart(2, '0')}`;
  const timed = async <T>(step: Step, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    result.requests += 1;
    try {
      return await work();
    } finally {
      result.timings[step].push(performance.now() - started);
    }
  };
  try {
    await timed('sign-in', () => client.signIn(`learner${index}@bench.local`, o.password));
    await timed('catalog page', async () => expectOk(await client.request('/exams'), 'catalog page'));
    await timed('exam page', async () => expectOk(await client.request(`/exams/${exam}`), 'exam page'));
    const id = await timed('start mock exam', () => client.startMockExam(exam));
    await timed('exam-taking page', async () =>
      expectOk(await client.request(`/attempts/${id}`), 'exam-taking page'),
    );
    for (let position = 0; position < o.answersPerLearner; position += 1) {
      await sleep(o.pauseMs[0] + Math.random() * (o.pauseMs[1] - o.pauseMs[0]));
      const body = JSON.stringify({ position, selected: ['b'], revision: 1, timeSpentMs: 20_000 });
      await timed('save answer', async () =>
        expectOk(
          await client.request(`/api/attempts/${id}/answers`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }),
          'save answer',
        ),
      );
    }
    await timed('submit', async () =>
      expectOk(await client.request(`/api/attempts/${id}/submit`, { method: 'POST' }), 'submit'),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const step = (STEPS.find((s) => message.startsWith(s)) ?? 'sign-in') as Step;
    result.errors.push({ step, message });
  }
}

export async function runLearners(o: LearnerRunOptions): Promise<LearnerRunResult> {
  const result: LearnerRunResult = {
    timings: Object.fromEntries(STEPS.map((s) => [s, []])) as unknown as Record<Step, number[]>,
    errors: [],
    requests: 0,
    seconds: 0,
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: o.learners }, async (_, i) => {
      await sleep((o.rampMs * i) / o.learners);
      await runLearner(i, o, result);
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
