import { describe, expect, it } from 'vitest';
import { getPublishedExam, listPublishedExams } from '@/server/catalog/queries';
import { testDatabase } from '../helpers/database';

describe('catalog queries', () => {
  it('lists published exams with their bank sizes', async () => {
    const exams = await listPublishedExams();
    expect(exams.map((e) => e.slug).sort()).toEqual(['quick-exam', 'test-exam']);
    const testExam = exams.find((e) => e.slug === 'test-exam')!;
    expect(testExam).toMatchObject({ code: 'TST-100', questionCount: 10, passingScore: 70, durationMinutes: 30, objectiveCount: 2, bankSize: 20 });
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
    await client.execute("UPDATE questions SET is_active = 0 WHERE id = (SELECT min(id) FROM questions WHERE exam_id = (SELECT id FROM exams WHERE slug = 'quick-exam'))");
    expect((await getPublishedExam('quick-exam'))?.bankSize).toBe(4);

    await client.execute("UPDATE exams SET status = 'draft' WHERE slug = 'quick-exam'");
    expect(await getPublishedExam('quick-exam')).toBeNull();
    expect((await listPublishedExams()).map((e) => e.slug)).toEqual(['test-exam']);
    expect(await getPublishedExam('no-such-exam')).toBeNull();
  });
});
