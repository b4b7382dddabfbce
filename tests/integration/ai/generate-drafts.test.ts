import { describe, expect, it } from 'vitest';
import type { GenerationEvent } from '@/lib/ai/generation-events';
import { PROMPT_VERSION } from '@/lib/ai/prompts';
import { AI_GENERATION_POLICY } from '@/lib/security/rate-limit-policy';
import { prepareGeneration, type GenerationOptions } from '@/server/ai/generate-drafts';
import { countRows, rows } from '../../helpers/database';
import { createQuestion, createUser, examIdBySlug } from '../../helpers/factories';
import { ctx } from '../../helpers/context';
import {
  failingModel,
  generatedItem,
  questionsJson,
  stalledModel,
  streamingModel,
} from '../../helpers/ai-model';

async function target() {
  const examId = await examIdBySlug('test-exam');
  const [objective] = await rows('SELECT id FROM objectives WHERE exam_id = ? ORDER BY position LIMIT 1', [
    examId,
  ]);
  return { examId, objectiveId: Number(objective!.id) };
}

async function collect(events: AsyncGenerator<GenerationEvent>): Promise<GenerationEvent[]> {
  const all: GenerationEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

async function generate(
  input: Record<string, unknown>,
  options: Partial<GenerationOptions> & Pick<GenerationOptions, 'model'>,
) {
  const moderator =
    (options as { moderator?: Awaited<ReturnType<typeof createUser>> }).moderator ??
    (await createUser({ role: 'moderator' }));
  const run = await prepareGeneration(moderator, input, ctx(), { budget: 10_000_000, ...options });
  return { moderator, events: await collect(run.events()) };
}

const request = (t: { examId: number; objectiveId: number }, count: number) => ({
  ...t,
  count,
  difficulty: 2,
  type: 'single',
  guidance: '',
});

describe('AI-drafted questions', () => {
  it('streams valid items into drafts with provenance, and drops invalid ones with the reason', async () => {
    const t = await target();
    const items = [
      generatedItem(1),
      generatedItem(2, { options: [{ text: 'Only one', correct: true }] }),
      generatedItem(3, { explanation: '' }),
      generatedItem(4, {
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
          { text: 'C', correct: false },
        ],
      }),
      generatedItem(5, { surprise: 'field' }),
      generatedItem(6),
    ];
    const model = streamingModel(questionsJson(items));
    const { moderator, events } = await generate(request(t, 6), { model });

    expect(events[0]).toMatchObject({ type: 'started', model: 'mock-model', requested: 6 });
    const drafts = events.filter((e) => e.type === 'draft');
    expect(drafts.map((d) => d.position)).toEqual([1, 6]);
    const dropped = events.filter((e) => e.type === 'dropped');
    expect(dropped.map((d) => [d.position, d.reasons.join('; ')])).toEqual([
      [2, expect.stringMatching(/at least 2 options/)],
      [3, expect.stringMatching(/no explanation/)],
      [4, expect.stringMatching(/single response but has 2 correct options/)],
      [5, expect.stringMatching(/surprise/)],
    ]);
    expect(events.at(-1)).toEqual({ type: 'finished', created: 2, dropped: 4, ignored: 0, tokens: 2400 });

    // The prompt: instructions forbid live exam content; the request names the objective.
    const call = model.mock.doStreamCalls[0]!;
    expect(JSON.stringify(call.prompt)).toMatch(/Never reproduce/);
    expect(call.responseFormat).toMatchObject({ type: 'json' });

    const stored = await rows(
      `SELECT q.id, q.is_active, q.objective_id, v.stem, v.author_id, p.question_version_id = v.id AS first_version,
              g.model, g.prompt_version, g.moderator_id, g.status, g.input_tokens, g.output_tokens, g.created_count,
              EXISTS (SELECT 1 FROM question_drafts d WHERE d.question_id = q.id) AS draft
       FROM question_ai_provenance p JOIN questions q ON q.id = p.question_id
       JOIN question_versions v ON v.question_id = q.id AND v.version = 1
       JOIN ai_generations g ON g.id = p.generation_id
       WHERE q.id IN (${drafts.map((d) => d.questionId).join(',')}) ORDER BY q.id`,
    );
    expect(stored).toEqual(
      [1, 6].map((n) =>
        expect.objectContaining({
          is_active: 0,
          draft: 1,
          objective_id: t.objectiveId,
          stem: expect.stringContaining(`number ${n} `),
          author_id: moderator.id,
          first_version: 1,
          model: 'mock-model',
          prompt_version: PROMPT_VERSION,
          moderator_id: moderator.id,
          status: 'done',
          input_tokens: 900,
          output_tokens: 1500,
          created_count: 2,
        }),
      ),
    );
    const audit = await rows(
      "SELECT target_id, details FROM audit_log WHERE action = 'studio.question_generated' ORDER BY id DESC LIMIT 2",
    );
    expect(audit.map((a) => Number(a.target_id)).sort()).toEqual(drafts.map((d) => d.questionId).sort());
    expect(JSON.parse(String(audit[0]!.details))).toMatchObject({
      model: 'mock-model',
      promptVersion: PROMPT_VERSION,
    });
  });

  it('flags a near-duplicate of a bank question with its id, and still stores the draft', async () => {
    const t = await target();
    const existing = await createQuestion({
      examId: t.examId,
      objectiveId: t.objectiveId,
      stem: 'Which database engine replicates synchronously across three availability zones by default?',
      options: [
        { id: 'a', text: 'Aurora cluster storage volume', correct: true },
        { id: 'b', text: 'Redshift columnar warehouse', correct: false },
        { id: 'c', text: 'ElastiCache memcached nodes', correct: false },
      ],
    });
    const near = generatedItem(1, {
      stem: 'Which database engine replicates synchronously across three availability zones by default?',
      options: [
        { text: 'Aurora cluster storage volume', correct: true },
        { text: 'ElastiCache memcached nodes', correct: false },
        { text: 'Redshift columnar warehouse', correct: false },
      ],
    });
    const { events } = await generate(request(t, 2), {
      model: streamingModel(
        questionsJson([
          near,
          generatedItem(2, {
            stem: 'What limits how many requests per second a Lambda function serves?',
            options: [
              { text: 'Reserved concurrency', correct: true },
              { text: 'Memory size', correct: false },
            ],
          }),
        ]),
      ),
    });
    const drafts = events.filter((e) => e.type === 'draft');
    expect(drafts[0]!.duplicate).toMatchObject({ questionId: existing.id, similarity: 1 });
    expect(drafts[1]!.duplicate).toBeNull();
    const [provenance] = await rows(
      'SELECT similar_question_id FROM question_ai_provenance WHERE question_id = ?',
      [drafts[0]!.questionId],
    );
    expect(provenance!.similar_question_id).toBe(existing.id);
  });

  it('keeps the drafts stored before a provider failure and says so; the run is recorded as failed', async () => {
    const t = await target();
    const text = questionsJson([generatedItem(1), generatedItem(2), generatedItem(3)]);
    // Cut inside the third item: two are complete when the provider fails.
    const failAfter = Math.ceil((text.indexOf('number 3') + 1) / 40);
    const { events } = await generate(request(t, 3), { model: streamingModel(text, { failAfter }) });
    expect(events.filter((e) => e.type === 'draft')).toHaveLength(2);
    const last = events.at(-1)!;
    expect(last).toMatchObject({ type: 'failed', created: 2 });
    expect(last.type === 'failed' && last.message).toMatch(/failed while answering.*2 drafts were stored/);
    const [run] = await rows(
      'SELECT status, created_count, error FROM ai_generations ORDER BY id DESC LIMIT 1',
    );
    expect(run).toMatchObject({ status: 'failed', created_count: 2 });
  });

  it('reports a refused or unreachable provider plainly, stores nothing, and charges the reservation', async () => {
    const t = await target();
    const before = await countRows('questions');
    const { APICallError } = await import('ai');
    const refused = new APICallError({
      message: 'Unauthorized',
      url: 'http://provider.test/v1/chat/completions',
      requestBodyValues: {},
      statusCode: 401,
      isRetryable: false,
    });
    const { events } = await generate(request(t, 2), { model: failingModel(refused) });
    expect(events.at(-1)).toEqual({
      type: 'failed',
      message: 'The AI provider refused the credentials (HTTP 401): check AI_API_KEY. No draft was stored.',
      created: 0,
      dropped: 0,
    });
    expect(await countRows('questions')).toBe(before);
    const [run] = await rows('SELECT status, input_tokens FROM ai_generations ORDER BY id DESC LIMIT 1');
    expect(run!.status).toBe('failed');
    expect(Number(run!.input_tokens)).toBeGreaterThan(0);
  });

  it('stops a provider that does not finish in time', async () => {
    const t = await target();
    const { events } = await generate(request(t, 1), { model: stalledModel(), timeoutMs: 50 });
    expect(events.at(-1)).toMatchObject({
      type: 'failed',
      message: expect.stringMatching(/did not finish within/),
    });
  });

  it('stops when the moderator leaves, keeping the run recorded as failed', async () => {
    const t = await target();
    const moderator = await createUser({ role: 'moderator' });
    const leave = new AbortController();
    const run = await prepareGeneration(moderator, request(t, 1), ctx(), {
      model: stalledModel(),
      budget: 1e7,
      signal: leave.signal,
    });
    const events: GenerationEvent[] = [];
    for await (const event of run.events()) {
      events.push(event);
      if (event.type === 'started') leave.abort();
    }
    expect(events.at(-1)).toMatchObject({
      type: 'failed',
      message: expect.stringMatching(/page was closed/),
    });
    const [row] = await rows('SELECT status, error FROM ai_generations WHERE moderator_id = ?', [
      moderator.id,
    ]);
    expect(row).toMatchObject({ status: 'failed', error: expect.stringMatching(/page was closed/) });
  });

  it('refuses past the hourly limit per moderator, and past the monthly token budget', async () => {
    const t = await target();
    const moderator = await createUser({ role: 'moderator' });
    const model = streamingModel(questionsJson([generatedItem(1)]));
    for (let i = 0; i < AI_GENERATION_POLICY.maxFailures; i += 1)
      await prepareGeneration(moderator, request(t, 1), ctx(), { model, budget: 10_000_000 });
    await expect(
      prepareGeneration(moderator, request(t, 1), ctx(), { model, budget: 10_000_000 }),
    ).rejects.toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/generations in the last hour/),
    });

    const other = await createUser({ role: 'moderator' });
    const runs = await countRows('ai_generations');
    await expect(
      prepareGeneration(other, request(t, 20), ctx(), { model, budget: 5_000 }),
    ).rejects.toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/month's AI token budget is used up/),
    });
    expect(await countRows('ai_generations')).toBe(runs);
  });

  it('lets only moderators generate, and checks the request', async () => {
    const t = await target();
    const learner = await createUser();
    const model = streamingModel(questionsJson([]));
    await expect(
      prepareGeneration(learner, request(t, 1), ctx(), { model, budget: 1e6 }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const moderator = await createUser({ role: 'moderator' });
    await expect(
      prepareGeneration(moderator, { ...request(t, 21) }, ctx(), { model, budget: 1e6 }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { count: expect.stringMatching(/At most 20/) },
    });
  });
});
