import { describe, expect, it } from 'vitest';
import { saveAnswer } from '@/server/attempts/answers';
import { AttemptClosedError, AttemptInputError, AttemptNotFoundError } from '@/lib/exam/errors';
import { getAttemptResult } from '@/server/attempts/queries';
import { startMockExam, startPractice } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { AuthorizationError } from '@/lib/auth/guards';
import { testDatabase } from '../../helpers/database';
import { createUser } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { attemptTables, keysOf, runnerView, sessionRow } from './helpers';

async function answerRows(attemptId: string) {
  const { rows } = await testDatabase().client.execute({
    sql: 'SELECT question_id, selected, is_correct, revision, time_spent_ms FROM user_answers WHERE session_id = ? ORDER BY question_id',
    args: [attemptId],
  });
  return rows.map((r) => ({ ...r }));
}

describe('saving answers', () => {
  it('stores an answer and a flag, scores it against the pinned version and gives no feedback in a mock exam', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const [first, second] = await keysOf(id);
    const saved = await saveAnswer(
      learner,
      id,
      { position: 0, selected: first!.correct, revision: 1, timeSpentMs: 4200 },
      at(minutes(1)),
    );
    expect(saved).toEqual({ position: 0, revision: 1, feedback: undefined });
    await saveAnswer(
      learner,
      id,
      { position: 1, selected: [second!.wrong[0]!], flagged: true, revision: 2 },
      at(minutes(2)),
    );

    const view = await runnerView(learner, id, at(minutes(3)));
    expect(view.answers).toEqual({ 0: first!.correct, 1: [second!.wrong[0]] });
    expect(view.flags).toEqual({ 1: true });
    expect(view.feedback).toEqual({});
    const rows = await answerRows(id);
    expect(rows.find((r) => r.question_id === first!.questionId)).toMatchObject({
      is_correct: 1,
      revision: 1,
      time_spent_ms: 4200,
    });
    expect(rows.find((r) => r.question_id === second!.questionId)).toMatchObject({ is_correct: 0 });
    expect((await sessionRow(id)).last_activity).toBe(at(minutes(2)).getTime());

    await saveAnswer(learner, id, { position: 1, flagged: false, revision: 3 }, at(minutes(4)));
    expect((await runnerView(learner, id, at(minutes(4)))).flags).toEqual({});
  });

  it('lets a mock answer be changed and cleared, ignoring saves older than the stored revision', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const [q] = await keysOf(id);
    await saveAnswer(learner, id, { position: 0, selected: [q!.wrong[0]!], revision: 10 }, at(1000));
    await saveAnswer(learner, id, { position: 0, selected: q!.correct, revision: 12 }, at(2000));
    // A retry of revision 10 arrives late: acknowledged, ignored.
    const late = await saveAnswer(
      learner,
      id,
      { position: 0, selected: [q!.wrong[0]!], revision: 10 },
      at(3000),
    );
    expect(late.revision).toBe(12);
    expect((await runnerView(learner, id, at(4000))).answers[0]).toEqual(q!.correct);

    await saveAnswer(learner, id, { position: 0, selected: [], revision: 13 }, at(5000));
    expect((await runnerView(learner, id, at(6000))).answers).toEqual({});
    // The cleared answer cannot be brought back by an older save either.
    await saveAnswer(learner, id, { position: 0, selected: q!.correct, revision: 12 }, at(7000));
    expect((await runnerView(learner, id, at(8000))).answers).toEqual({});
  });

  it('refuses bad payloads with a clear error and changes nothing', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const keys = await keysOf(id);
    const single = keys.find((k) => k.type === 'single')!;
    const multiple = keys.find((k) => k.type === 'multiple');
    await saveAnswer(
      learner,
      id,
      { position: single.position, selected: single.correct, revision: 5 },
      at(1000),
    );
    const before = await attemptTables();

    const bad: unknown[] = [
      null,
      'answer',
      [],
      {},
      { position: single.position, revision: 6 },
      { position: single.position, selected: ['zz'], revision: 6 },
      { position: single.position, selected: single.wrong.slice(0, 2), revision: 6 },
      { position: 99, selected: ['a'], revision: 6 },
      { position: -1, selected: ['a'], revision: 6 },
      { position: 1.5, selected: ['a'], revision: 6 },
      { position: '0', selected: ['a'], revision: 6 },
      { position: single.position, selected: 'a', revision: 6 },
      { position: single.position, selected: [1], revision: 6 },
      { position: single.position, selected: ['a'], revision: -1 },
      { position: single.position, selected: ['a'], revision: 6, extra: true },
      { position: single.position, flagged: 'yes', revision: 6 },
      { position: single.position, selected: ['a'.repeat(500)], revision: 6 },
    ];
    if (multiple)
      bad.push({
        position: multiple.position,
        selected: [...multiple.correct, ...multiple.wrong.slice(0, 1)],
        revision: 6,
      });
    for (const payload of bad) {
      const error = await saveAnswer(learner, id, payload, at(2000)).catch((e: unknown) => e);
      expect(error, JSON.stringify(payload)).toBeInstanceOf(AttemptInputError);
      expect((error as Error).message.length).toBeGreaterThan(10);
    }
    expect(await attemptTables()).toEqual(before);
  });

  it("treats another learner's attempt as not found and leaves it untouched", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const { id } = await startMockExam(owner, { examSlug: 'test-exam' }, T0);
    const [q] = await keysOf(id);
    const before = await attemptTables();
    await expect(
      saveAnswer(intruder, id, { position: 0, selected: q!.correct, revision: 1 }, at(1000)),
    ).rejects.toBeInstanceOf(AttemptNotFoundError);
    await expect(
      saveAnswer(intruder, id, { position: 0, flagged: true, revision: 1 }, at(1000)),
    ).rejects.toBeInstanceOf(AttemptNotFoundError);
    await expect(submitAttempt(intruder, id, at(1000))).rejects.toBeInstanceOf(AttemptNotFoundError);
    await expect(getAttemptResult(intruder, id, at(1000))).rejects.toBeInstanceOf(AttemptNotFoundError);
    await expect(
      saveAnswer(null, id, { position: 0, selected: q!.correct, revision: 1 }, at(1000)),
    ).rejects.toBeInstanceOf(AuthorizationError);
    expect(await attemptTables()).toEqual(before);
  });

  it('refuses answers after the deadline and submits the attempt on the spot', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'quick-exam' }, T0);
    const [q0, q1] = await keysOf(id);
    await saveAnswer(learner, id, { position: 0, selected: q0!.correct, revision: 1 }, at(30_000));
    // Within the grace for answers in flight: still accepted.
    await saveAnswer(learner, id, { position: 1, selected: q1!.correct, revision: 2 }, at(60_500));

    const late = await saveAnswer(
      learner,
      id,
      { position: 2, selected: ['a'], revision: 3 },
      at(minutes(5)),
    ).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(AttemptClosedError);
    expect((late as AttemptClosedError).reason).toBe('timeout');
    const row = await sessionRow(id);
    expect(row).toMatchObject({
      status: 'submitted',
      submit_reason: 'timeout',
      correct_count: 2,
      submitted_at: at(minutes(1)).getTime(),
    });
    expect((await answerRows(id)).length).toBe(2);

    // And afterwards: closed, whatever is sent.
    await expect(
      saveAnswer(learner, id, { position: 2, flagged: true, revision: 4 }, at(minutes(6))),
    ).rejects.toBeInstanceOf(AttemptClosedError);
  });

  it('refuses answers to a submitted attempt', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    await submitAttempt(learner, id, at(minutes(2)));
    const error = await saveAnswer(
      learner,
      id,
      { position: 0, selected: ['a'], revision: 1 },
      at(minutes(3)),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttemptClosedError);
    expect((error as AttemptClosedError).reason).toBe('submitted');
  });
});

describe('practice answers', () => {
  it('come back with feedback at once and are final', async () => {
    const learner = await createUser();
    const { id } = await startPractice(
      learner,
      { examSlug: 'test-exam', objectives: ['1', '2'], count: 5, filter: 'all', timed: false },
      T0,
    );
    const [q] = await keysOf(id);
    const saved = await saveAnswer(
      learner,
      id,
      { position: 0, selected: [q!.wrong[0]!], revision: 1 },
      at(1000),
    );
    expect(saved.feedback).toMatchObject({
      questionId: q!.questionId,
      questionVersionId: expect.any(Number),
      correct: false,
      correctOptionIds: q!.correct,
    });
    expect(saved.feedback!.explanation).toContain('Explanation for test question');
    expect(saved.feedback!.references).toEqual([
      { title: 'Test reference', url: 'https://example.com/reference' },
    ]);

    // A second answer (another tab, or a retry) does not replace the first.
    const again = await saveAnswer(learner, id, { position: 0, selected: q!.correct, revision: 2 }, at(2000));
    expect(again.feedback?.correct).toBe(false);
    expect((await answerRows(id))[0]).toMatchObject({ is_correct: 0, revision: 1 });

    const view = await runnerView(learner, id, at(3000));
    expect(view.feedback[0]).toMatchObject({ correct: false });
    expect(view.feedback[1]).toBeUndefined();
    expect(view.questions[0]!.objective).toMatch(/Test objective/);
    // The key of unanswered questions stays on the server.
    expect(JSON.stringify(view.questions)).not.toContain('"correct"');
  });

  it('two tabs answering at once: one answer stands, and both get its feedback', async () => {
    const learner = await createUser();
    const { id } = await startPractice(
      learner,
      { examSlug: 'test-exam', objectives: ['1'], count: 2, filter: 'all', timed: false },
      T0,
    );
    const [q] = await keysOf(id);
    const [a, b] = await Promise.all([
      saveAnswer(learner, id, { position: 0, selected: q!.correct, revision: 1 }, at(1000)),
      saveAnswer(learner, id, { position: 0, selected: [q!.wrong[0]!], revision: 2 }, at(1000)),
    ]);
    expect(a.feedback!.correct).toBe(b.feedback!.correct);
    expect(await answerRows(id)).toHaveLength(1);
  });

  it('refuses an empty practice answer', async () => {
    const learner = await createUser();
    const { id } = await startPractice(
      learner,
      { examSlug: 'test-exam', objectives: ['1'], count: 2, filter: 'all', timed: false },
      T0,
    );
    await expect(
      saveAnswer(learner, id, { position: 0, selected: [], revision: 1 }, at(1000)),
    ).rejects.toBeInstanceOf(AttemptInputError);
  });
});
