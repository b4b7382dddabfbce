import { describe, expect, it } from 'vitest';
import { getPublishedExam, listPublishedExams } from '@/server/catalog/queries';
import { testDatabase } from '../helpers/database';
import { createQuestion } from '../helpers/factories';

describe('catalog queries', () => {
  it('lists published exams with their bank sizes', async () => {
    const exams = await listPublishedExams();
    expect(exams.map((e) => e.slug).sort()).toEqual(['case-exam', 'kinds-exam', 'quick-exam', 'test-exam']);
    const testExam = exams.find((e) => e.slug === 'test-exam')!;
    expect(testExam).toMatchObject({
      code: 'TST-100',
      questionCount: 10,
      passingScore: 70,
      durationMinutes: 30,
      objectiveCount: 2,
      bankSize: 20,
    });
  });

  it('gives an exam with its weighted objectives and active question counts', async () => {
    const exam = await getPublishedExam('test-exam');
    expect(exam?.objectives.map((o) => [o.code, o.weight, o.questionCount])).toEqual([
      ['1', 60, 10],
      ['2', 40, 10],
    ]);
    expect(exam?.objectives.reduce((sum, o) => sum + o.weight, 0)).toBe(100);
  });

  it('does not count retired questions and hides draft or unknown exams', async () => {
    const { client } = testDatabase();
    await client.execute(
      "UPDATE questions SET is_active = 0 WHERE id = (SELECT min(id) FROM questions WHERE exam_id = (SELECT id FROM exams WHERE slug = 'quick-exam'))",
    );
    expect((await getPublishedExam('quick-exam'))?.bankSize).toBe(4);

    await client.execute("UPDATE exams SET status = 'draft' WHERE slug = 'quick-exam'");
    expect(await getPublishedExam('quick-exam')).toBeNull();
    expect((await listPublishedExams()).map((e) => e.slug)).toEqual(['case-exam', 'kinds-exam', 'test-exam']);
    expect(await getPublishedExam('no-such-exam')).toBeNull();
  });

  it("keeps each objective's bank size exact through inserts, retirements, moves and deletes", async () => {
    const { client } = testDatabase();
    const drift = async () =>
      (
        await client.execute(`SELECT o.id, o.active_question_count AS kept,
            (SELECT count(*) FROM questions q WHERE q.objective_id = o.id AND q.is_active = 1) AS counted
          FROM objectives o WHERE kept <> counted`)
      ).rows;
    const objectiveRows = (
      await client.execute(
        "SELECT o.id, o.exam_id FROM objectives o JOIN exams e ON e.id = o.exam_id WHERE e.slug = 'test-exam' ORDER BY o.position",
      )
    ).rows;
    const [first, second] = objectiveRows.map((r) => ({ id: Number(r.id), exam_id: Number(r.exam_id) })) as [
      { id: number; exam_id: number },
      { id: number; exam_id: number },
    ];
    await createQuestion({ examId: first.exam_id, objectiveId: first.id });
    await createQuestion({ examId: first.exam_id, objectiveId: first.id, active: false });
    await client.execute({
      sql: 'UPDATE questions SET objective_id = ? WHERE id = (SELECT max(id) FROM questions WHERE objective_id = ? AND is_active = 1)',
      args: [second.id, first.id],
    });
    await client.execute({
      sql: 'UPDATE questions SET is_active = 1 - is_active WHERE id IN (SELECT id FROM questions WHERE objective_id = ? LIMIT 3)',
      args: [second.id],
    });
    await client.execute({
      sql: 'DELETE FROM questions WHERE id IN (SELECT id FROM questions WHERE objective_id = ? LIMIT 2)',
      args: [first.id],
    });
    expect(await drift()).toEqual([]);
    const exam = await getPublishedExam('test-exam');
    const { rows } = await client.execute(
      "SELECT count(*) AS n FROM questions q JOIN exams e ON e.id = q.exam_id WHERE e.slug = 'test-exam' AND q.is_active = 1",
    );
    expect(exam?.bankSize).toBe(Number(rows[0]?.n));
    expect(exam?.bankSize).not.toBe(20);
  });
});
