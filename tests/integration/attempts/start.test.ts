import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/exam/random';
import {
  AttemptInputError,
  AttemptNotFoundError,
  ExamNotFoundError,
  NoQuestionsError,
} from '@/lib/exam/errors';
import { invalidateQuestionPool } from '@/server/attempts/pool';
import { getRunnerView } from '@/server/attempts/queries';
import { startMockExam } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { AuthorizationError } from '@/lib/auth/guards';
import { testDatabase } from '../../helpers/database';
import { createUser, examIdBySlug } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { attemptTables, keysOf, runnerView, sessionRow } from './helpers';

async function objectiveIds(slug: string): Promise<Record<string, number>> {
  const { rows } = await testDatabase().client.execute({
    sql: 'SELECT o.code, o.id FROM objectives o JOIN exams e ON e.id = o.exam_id WHERE e.slug = ?',
    args: [slug],
  });
  return Object.fromEntries(rows.map((r) => [String(r.code), Number(r.id)]));
}

describe('starting a mock exam', () => {
  it("draws the exam's question count by objective weight, pins current versions and sets the server deadline", async () => {
    const learner = await createUser();
    const started = await startMockExam(learner, { examSlug: 'test-exam' }, T0, seededRandom(1));
    expect(started.questionCount).toBe(10);

    const row = await sessionRow(started.id);
    expect(row).toMatchObject({
      user_id: learner.id,
      mode: 'mock',
      status: 'in_progress',
      question_count: 10,
      started_at: T0.getTime(),
    });
    expect(row.deadline_at).toBe(at(minutes(30)).getTime());
    expect(JSON.parse(String(row.settings))).toMatchObject({ passingScore: 70, durationMinutes: 30 });

    const keys = await keysOf(started.id);
    const objectives = await objectiveIds('test-exam');
    expect(keys.map((k) => k.position)).toEqual([...Array(10).keys()]);
    expect(new Set(keys.map((k) => k.questionId)).size).toBe(10);
    expect(keys.filter((k) => k.objectiveId === objectives['1'])).toHaveLength(6);
    expect(keys.filter((k) => k.objectiveId === objectives['2'])).toHaveLength(4);

    const { rows } = await testDatabase().client.execute({
      sql: `SELECT count(*) AS n FROM session_questions sq JOIN questions q ON q.id = sq.question_id
        JOIN question_versions v ON v.id = sq.question_version_id
        WHERE sq.session_id = ? AND v.question_id = q.id AND v.version = q.current_version`,
      args: [started.id],
    });
    expect(rows[0]!.n).toBe(10);
  });

  it('shuffles: two attempts do not show the same questions in the same order', async () => {
    // Two learners: one learner holds one open mock per exam.
    const a = await keysOf(
      (await startMockExam(await createUser(), { examSlug: 'test-exam' }, T0, seededRandom(1))).id,
    );
    const b = await keysOf(
      (await startMockExam(await createUser(), { examSlug: 'test-exam' }, T0, seededRandom(2))).id,
    );
    expect(a.map((k) => k.questionId)).not.toEqual(b.map((k) => k.questionId));
  });

  it('gives the runner the questions without the answer key', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const view = await runnerView(learner, id, at(minutes(1)));
    expect(view.questions).toHaveLength(10);
    expect(view.deadlineAt).toBe(at(minutes(30)).getTime());
    expect(view.feedback).toEqual({});
    const serialized = JSON.stringify(view);
    expect(serialized).not.toContain('"correct"');
    expect(serialized).not.toContain('Explanation for test question');
    for (const q of view.questions) {
      expect(q.objective).toBeNull();
      expect(q.choose).toBe(q.type === 'multiple' ? 2 : 1);
      for (const o of q.options) expect(Object.keys(o).sort()).toEqual(['id', 'text']);
    }
  });

  it("hides another learner's attempt as if it did not exist", async () => {
    const owner = await createUser();
    const other = await createUser();
    const { id } = await startMockExam(owner, { examSlug: 'test-exam' }, T0);
    await expect(getRunnerView(other, id, T0)).rejects.toBeInstanceOf(AttemptNotFoundError);
    await expect(getRunnerView(owner, '00000000-0000-4000-8000-000000000000', T0)).rejects.toBeInstanceOf(
      AttemptNotFoundError,
    );
    await expect(getRunnerView(owner, 'not-a-uuid', T0)).rejects.toBeInstanceOf(AttemptNotFoundError);
    await expect(getRunnerView(null, id, T0)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it('refuses anonymous users, unknown or draft exams and bad input, changing nothing', async () => {
    const learner = await createUser();
    const before = await attemptTables();
    await expect(startMockExam(null, { examSlug: 'test-exam' }, T0)).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    await expect(startMockExam(learner, { examSlug: 'no-such-exam' }, T0)).rejects.toBeInstanceOf(
      ExamNotFoundError,
    );
    await expect(startMockExam(learner, { examSlug: "x'; DROP TABLE exams; --" }, T0)).rejects.toBeInstanceOf(
      AttemptInputError,
    );
    await expect(startMockExam(learner, {}, T0)).rejects.toBeInstanceOf(AttemptInputError);
    await testDatabase().client.execute("UPDATE exams SET status = 'draft' WHERE slug = 'quick-exam'");
    await expect(startMockExam(learner, { examSlug: 'quick-exam' }, T0)).rejects.toBeInstanceOf(
      ExamNotFoundError,
    );
    await testDatabase().client.execute("UPDATE exams SET status = 'published' WHERE slug = 'quick-exam'");
    expect(await attemptTables()).toEqual(before);
  });

  it('never draws a retired question, even one retired after the pool was cached, and fills from other objectives', async () => {
    const learner = await createUser();
    const examId = await examIdBySlug('test-exam');
    const objectives = await objectiveIds('test-exam');
    // Warm the cache, then retire all but 2 questions of objective 1 behind its back.
    await submitAttempt(learner, (await startMockExam(learner, { examSlug: 'test-exam' }, T0)).id, T0);
    const { client } = testDatabase();
    await client.execute({
      sql: `UPDATE questions SET is_active = 0 WHERE objective_id = ? AND id NOT IN (SELECT id FROM questions WHERE objective_id = ? ORDER BY id LIMIT 2)`,
      args: [objectives['1']!, objectives['1']!],
    });
    const { rows } = await client.execute({
      sql: 'SELECT id FROM questions WHERE exam_id = ? AND is_active = 0',
      args: [examId],
    });
    const retired = new Set(rows.map((r) => Number(r.id)));
    expect(retired.size).toBe(8);
    for (let seed = 0; seed < 15; seed += 1) {
      const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0, seededRandom(seed));
      const keys = await keysOf(id);
      await submitAttempt(learner, id, T0);
      expect(keys.some((k) => retired.has(k.questionId))).toBe(false);
      // 6 wanted from objective 1, only 2 left: objective 2 (10 questions) gives the other 8.
      expect(keys.filter((k) => k.objectiveId === objectives['1'])).toHaveLength(2);
      expect(keys).toHaveLength(10);
    }
  });

  it('reports an exam without any active question clearly', async () => {
    const learner = await createUser();
    const examId = await examIdBySlug('quick-exam');
    await testDatabase().client.execute({
      sql: 'UPDATE questions SET is_active = 0 WHERE exam_id = ?',
      args: [examId],
    });
    invalidateQuestionPool(examId);
    await expect(startMockExam(learner, { examSlug: 'quick-exam' }, T0)).rejects.toBeInstanceOf(
      NoQuestionsError,
    );
    await testDatabase().client.execute({
      sql: 'UPDATE questions SET is_active = 1 WHERE exam_id = ?',
      args: [examId],
    });
    invalidateQuestionPool(examId);
  });
});
