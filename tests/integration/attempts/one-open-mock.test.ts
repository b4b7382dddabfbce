import { describe, expect, it } from 'vitest';
import { ExamNotFoundError, MockInProgressError } from '@/lib/exam/errors';
import { ATTEMPT_START_POLICY } from '@/lib/security/rate-limit-policy';
import { publishedExam } from '@/server/catalog/public-cache';
import { RateLimitedError } from '@/server/rate-limit';
import { listOpenAttempts } from '@/server/attempts/history';
import { startMockExam, startPractice } from '@/server/attempts/start';
import { abandonAttempt, submitAttempt } from '@/server/attempts/submit';
import { countRows, rows, testDatabase } from '../../helpers/database';
import { createExam, createQuestion, createUser, examIdBySlug } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { sessionRow } from './helpers';

const MOCK = { examSlug: 'test-exam' };

async function openMocks(userId: string): Promise<number> {
  return countRows('study_sessions', {
    where: "user_id = ? AND mode = 'mock' AND status = 'in_progress'",
    args: [userId],
  });
}

describe('one open mock exam per exam', () => {
  it('refuses a second mock of the same exam while one runs, naming the one to resume', async () => {
    const learner = await createUser();
    const first = await startMockExam(learner, MOCK, T0);
    const refused = await startMockExam(learner, MOCK, at(minutes(5))).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MockInProgressError);
    expect((refused as MockInProgressError).attemptId).toBe(first.id);
    expect((refused as MockInProgressError).status).toBe(409);
    expect((refused as MockInProgressError).details).toEqual({
      attemptId: first.id,
      resumeUrl: `/attempts/${first.id}`,
    });
    expect(await openMocks(learner.id)).toBe(1);

    // The exam page lists it to resume, with its clock.
    const open = await listOpenAttempts(learner, await examIdBySlug('test-exam'), at(minutes(5)));
    expect(open.map((a) => [a.id, a.mode, a.deadlineAt])).toEqual([
      [first.id, 'mock', at(minutes(30)).getTime()],
    ]);
  });

  it('leaves other exams, other learners and practice sessions alone', async () => {
    const learner = await createUser();
    await startMockExam(learner, MOCK, T0);
    await expect(startMockExam(learner, { examSlug: 'quick-exam' }, T0)).resolves.toBeTruthy();
    await expect(startMockExam(await createUser(), MOCK, T0)).resolves.toBeTruthy();
    const practice = { examSlug: 'test-exam', objectives: ['1'], count: 2 };
    await startPractice(learner, practice, T0);
    await expect(startPractice(learner, practice, T0)).resolves.toBeTruthy();
  });

  it('starts a new one once the open one is submitted, ended, or out of time', async () => {
    const learner = await createUser();
    const a = await startMockExam(learner, MOCK, T0);
    // Ending it scores it as it is (unanswered questions count as wrong), as a real exam does.
    await submitAttempt(learner, a.id, at(minutes(1)));
    expect(await sessionRow(a.id)).toMatchObject({ status: 'submitted', correct_count: 0, passed: 0 });
    const b = await startMockExam(learner, MOCK, at(minutes(2)));
    await abandonAttempt(learner, b.id, at(minutes(3)));
    const c = await startMockExam(learner, MOCK, at(minutes(4)));

    // Past its deadline the open one is submitted as a timeout by the start itself.
    const d = await startMockExam(learner, MOCK, at(minutes(4 + 31)));
    expect(await sessionRow(c.id)).toMatchObject({ status: 'submitted', submit_reason: 'timeout' });
    expect(await openMocks(learner.id)).toBe(1);
    expect((await sessionRow(d.id)).status).toBe('in_progress');
  });

  it('parallel starts create exactly one mock; the others are told to resume it', async () => {
    const learner = await createUser();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, () => startMockExam(learner, MOCK, T0)),
    );
    const started = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(started).toHaveLength(1);
    const winner = (started[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    expect(refused).toHaveLength(11);
    for (const o of refused) {
      expect(o.reason).toBeInstanceOf(MockInProgressError);
      expect((o.reason as MockInProgressError).attemptId).toBe(winner);
    }
    expect(await openMocks(learner.id)).toBe(1);
    // The refused starts gave their limit slots back and left no question rows behind.
    expect(
      await countRows('throttle_events', {
        where: "bucket = 'attempt_start' AND key = ?",
        args: [learner.id],
      }),
    ).toBe(1);
    const orphans = await rows(
      'SELECT count(*) AS n FROM session_questions sq LEFT JOIN study_sessions s ON s.id = sq.session_id WHERE s.id IS NULL',
    );
    expect(orphans[0]!.n).toBe(0);
  });

  it('the database itself refuses a second open mock (the rule holds across processes)', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, MOCK, T0);
    const row = await sessionRow(id);
    await expect(
      rows(
        `INSERT INTO study_sessions (id, user_id, exam_id, mode, status, settings, question_count, started_at, last_activity)
         VALUES ('00000000-0000-4000-8000-00000000abcd', ?, ?, 'mock', 'in_progress', '{}', 1, 0, 0)`,
        [learner.id, Number(row.exam_id)],
      ),
    ).rejects.toThrow(/UNIQUE constraint failed/);
  });

  it('parallel mocks of several exams one slot before the limit: exactly one starts', async () => {
    const learner = await createUser();
    const exams = await Promise.all(Array.from({ length: 4 }, () => createExam()));
    for (const exam of exams) await createQuestion({ examId: exam.id });
    const { client } = testDatabase();
    const now = T0.getTime();
    for (let i = 0; i < ATTEMPT_START_POLICY.maxFailures - 1; i += 1)
      await client.execute({
        sql: "INSERT INTO throttle_events (bucket, key, at) VALUES ('attempt_start', ?, ?)",
        args: [learner.id, now - 60_000],
      });
    const outcomes = await Promise.allSettled(
      exams.map((exam) => startMockExam(learner, { examSlug: exam.slug }, T0)),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o) => o.status === 'rejected'))
      expect(o.reason).toBeInstanceOf(RateLimitedError);
    expect(await countRows('study_sessions', { where: 'user_id = ?', args: [learner.id] })).toBe(1);
    expect(
      await countRows('throttle_events', {
        where: "bucket = 'attempt_start' AND key = ?",
        args: [learner.id],
      }),
    ).toBe(ATTEMPT_START_POLICY.maxFailures);
  });

  it('an exam unpublished behind the catalog cache (another process) is not started', async () => {
    const learner = await createUser();
    const exam = await createExam();
    await createQuestion({ examId: exam.id });
    // The exam page was seen: this process keeps the exam for a while.
    expect(await publishedExam(exam.slug)).not.toBeNull();
    await testDatabase().client.execute({
      sql: "UPDATE exams SET status = 'draft' WHERE id = ?",
      args: [exam.id],
    });
    const refused = await startMockExam(learner, { examSlug: exam.slug }, T0).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ExamNotFoundError);
    expect(await countRows('study_sessions', { where: 'user_id = ?', args: [learner.id] })).toBe(0);
    expect(await countRows('throttle_events', { where: 'key = ?', args: [learner.id] })).toBe(0);
    // The refusal made this process forget the stale exam.
    expect(await publishedExam(exam.slug)).toBeNull();
  });
});
