import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { ATTEMPT_START_POLICY, IMPORT_POLICY } from '@/lib/security/rate-limit-policy';
import { toJsonResponse } from '@/server/entry/errors';
import { startMockExam, startPractice } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { commitImport, dryRunImport } from '@/server/studio/import';
import { RateLimitedError } from '@/server/rate-limit';
import { countRows, testDatabase } from '../../helpers/database';
import { createUser, examIdBySlug } from '../../helpers/factories';
import { ctx } from '../../helpers/context';

const AIKEN = 'Which service stores objects?\nA) S3\nB) EC2\nANSWER: A\n';

/** Events written by "another app instance": its own client on the same database file. */
async function recordFromOtherInstance(
  bucket: string,
  key: string,
  times: number,
  at: number,
): Promise<void> {
  const other = createClient({ url: process.env.DATABASE_URL! });
  try {
    await other.batch(
      Array.from({ length: times }, () => ({
        sql: 'INSERT INTO throttle_events (bucket, key, at) VALUES (?, ?, ?)',
        args: [bucket, key, at],
      })),
      'write',
    );
  } finally {
    other.close();
  }
}

describe('attempt start limit', () => {
  it(`refuses the start after ${ATTEMPT_START_POLICY.maxFailures} in an hour, creates nothing, and frees up when the hour passes`, async () => {
    const learner = await createUser();
    const bystander = await createUser();
    const now = Date.now();
    await recordFromOtherInstance(
      'attempt_start',
      learner.id,
      ATTEMPT_START_POLICY.maxFailures - 1,
      now - 30 * 60_000,
    );

    // The last allowed start goes through and counts (and is submitted: one open mock per exam).
    const last = await startMockExam(learner, { examSlug: 'test-exam' }, new Date(now));
    await submitAttempt(learner, last.id, new Date(now + 500));
    const before = await countRows('study_sessions', { where: 'user_id = ?', args: [learner.id] });
    expect(before).toBe(1);

    const refused = await startMockExam(learner, { examSlug: 'test-exam' }, new Date(now + 1000)).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RateLimitedError);
    const limited = refused as RateLimitedError;
    expect(limited.message).toMatch(
      /started many attempts in the last hour\. Please try again in 30 minutes/,
    );
    expect(await countRows('study_sessions', { where: 'user_id = ?', args: [learner.id] })).toBe(before);

    // The JSON route answers 429 with Retry-After in seconds.
    const response = toJsonResponse(limited, 'attempt-start');
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBe(limited.retryAfterSeconds);
    expect(limited.retryAfterSeconds).toBeGreaterThan(29 * 60);
    expect(await response.json()).toMatchObject({ ok: false, error: limited.message });

    // Other learners are not affected; the learner is free again once the old starts leave the window.
    await expect(startMockExam(bystander, { examSlug: 'test-exam' }, new Date(now))).resolves.toMatchObject({
      questionCount: expect.any(Number),
    });
    await expect(
      startMockExam(learner, { examSlug: 'test-exam' }, new Date(now + 31 * 60_000)),
    ).resolves.toMatchObject({ id: expect.any(String) });
  });
});

describe('import limit', () => {
  it(`refuses previews and imports after ${IMPORT_POLICY.maxFailures} an hour and writes no question`, async () => {
    const moderator = await createUser({ role: 'moderator' });
    const examId = await examIdBySlug('test-exam');
    const { rows } = await testDatabase().client.execute({
      sql: 'SELECT id FROM objectives WHERE exam_id = ? LIMIT 1',
      args: [examId],
    });
    const input = { examId, objectiveId: Number(rows[0]!.id), format: 'aiken', source: AIKEN };
    const now = Date.now();
    await recordFromOtherInstance(
      'question_import',
      moderator.id,
      IMPORT_POLICY.maxFailures - 2,
      now - 10 * 60_000,
    );

    await dryRunImport(moderator, input, now);
    const imported = await commitImport(moderator, input, ctx({ now: now + 1 }));
    expect(imported.created).toBe(1);
    const questions = await countRows('questions', { where: 'exam_id = ?', args: [examId] });

    await expect(dryRunImport(moderator, input, now + 2)).rejects.toThrow(
      /many imports in the last hour\. Please try again in 50 minutes/,
    );
    await expect(commitImport(moderator, input, ctx({ now: now + 3 }))).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(await countRows('questions', { where: 'exam_id = ?', args: [examId] })).toBe(questions);
    expect(
      await countRows('throttle_events', {
        where: "bucket = 'question_import' AND key = ?",
        args: [moderator.id],
      }),
    ).toBe(IMPORT_POLICY.maxFailures);
  });
});

describe('parallel requests never pass more than the limit (the slot is reserved in the statement that checks it)', () => {
  it(`80 parallel practice starts by one learner create exactly ${ATTEMPT_START_POLICY.maxFailures} attempts`, async () => {
    const learner = await createUser();
    const now = new Date();
    // Practice: a learner may hold many open practice sessions (but one open mock per exam).
    const practice = { examSlug: 'test-exam', objectives: ['1', '2'], count: 3 };
    const outcomes = await Promise.allSettled(
      Array.from({ length: 80 }, () => startPractice(learner, practice, now)),
    );
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(refused.every((o) => o.reason instanceof RateLimitedError)).toBe(true);
    expect(outcomes.length - refused.length).toBe(ATTEMPT_START_POLICY.maxFailures);
    expect(await countRows('study_sessions', { where: 'user_id = ?', args: [learner.id] })).toBe(
      ATTEMPT_START_POLICY.maxFailures,
    );
  });

  it(`45 parallel import previews by one moderator: exactly ${IMPORT_POLICY.maxFailures} are parsed, the rest refused`, async () => {
    const moderator = await createUser({ role: 'moderator' });
    const examId = await examIdBySlug('test-exam');
    const input = { examId, format: 'aiken', source: AIKEN };
    const outcomes = await Promise.allSettled(
      Array.from({ length: 45 }, () => dryRunImport(moderator, input)),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(IMPORT_POLICY.maxFailures);
    expect(
      outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof RateLimitedError),
    ).toHaveLength(45 - IMPORT_POLICY.maxFailures);
  });

  it('a start that fails after taking its slot gives the slot back (no write, no count)', async () => {
    const learner = await createUser();
    await expect(startMockExam(learner, { examSlug: 'no-such-exam' }, new Date())).rejects.toThrow();
    expect(
      await countRows('throttle_events', {
        where: "bucket = 'attempt_start' AND key = ?",
        args: [learner.id],
      }),
    ).toBe(0);
  });
});
