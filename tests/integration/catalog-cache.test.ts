import { describe, expect, it } from 'vitest';
import { publishedExam, publishedExams } from '@/server/catalog/public-cache';
import { setExamStatus, updateExam } from '@/server/studio/exams';
import { updateObjective } from '@/server/studio/objectives';
import { saveQuestion, setQuestionStatus } from '@/server/studio/questions';
import { ctx } from '../helpers/context';
import { testDatabase } from '../helpers/database';
import { createUser, examIdBySlug } from '../helpers/factories';

const slugs = async () => (await publishedExams()).map((e) => e.slug).sort();
const EXAM_FORM = {
  code: 'QCK-1',
  title: 'Quick Exam, renamed',
  vendor: 'Vendor',
  description: 'Renamed in the studio',
  durationMinutes: 20,
  questionCount: 5,
  passingScore: 70,
};

// The public catalog is served from memory (server/catalog/public-cache.ts): these tests prove
// it is really cached, and that every studio change shown there reaches the next request.
describe('the cached public catalog', () => {
  it('serves from memory: a change made behind the studio’s back is not seen', async () => {
    expect(await slugs()).toEqual(['case-exam', 'kinds-exam', 'quick-exam', 'test-exam']);
    expect((await publishedExam('quick-exam'))?.title).toBeTruthy();
    const { client } = testDatabase();
    await client.execute("UPDATE exams SET title = 'Changed behind the cache' WHERE slug = 'quick-exam'");
    expect((await publishedExams()).find((e) => e.slug === 'quick-exam')?.title).not.toBe(
      'Changed behind the cache',
    );
    expect((await publishedExam('quick-exam'))?.title).not.toBe('Changed behind the cache');
  });

  it('shows an unpublish, a republish and an edit of the exam on the next request', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const examId = await examIdBySlug('quick-exam');
    expect(await publishedExam('quick-exam')).not.toBeNull();

    await setExamStatus(moderator, examId, 'draft', ctx());
    expect(await slugs()).toEqual(['case-exam', 'kinds-exam', 'test-exam']);
    expect(await publishedExam('quick-exam')).toBeNull();

    await setExamStatus(moderator, examId, 'published', ctx());
    expect(await slugs()).toEqual(['case-exam', 'kinds-exam', 'quick-exam', 'test-exam']);

    await updateExam(moderator, examId, EXAM_FORM, ctx());
    expect((await publishedExam('quick-exam'))?.title).toBe('Quick Exam, renamed');
    expect((await publishedExams()).find((e) => e.slug === 'quick-exam')?.description).toBe(
      'Renamed in the studio',
    );
  });

  it('shows objective weights and bank sizes after studio edits and retirements', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = (await publishedExam('test-exam'))!;
    const [first, second] = exam.objectives;
    await updateObjective(
      moderator,
      exam.id,
      first!.id,
      { code: first!.code, title: 'Renamed', weight: 60 },
      ctx(),
    );
    expect((await publishedExam('test-exam'))?.objectives[0]?.title).toBe('Renamed');

    const { client } = testDatabase();
    const { rows } = await client.execute({
      sql: 'SELECT id FROM questions WHERE objective_id = ? AND is_active = 1 LIMIT 1',
      args: [second!.id],
    });
    await setQuestionStatus(moderator, Number(rows[0]!.id), 'retired', ctx());
    const after = await publishedExam('test-exam');
    expect(after?.objectives[1]?.questionCount).toBe(second!.questionCount - 1);
    expect((await publishedExams()).find((e) => e.slug === 'test-exam')?.bankSize).toBe(exam.bankSize - 1);

    await saveQuestion(
      moderator,
      {
        examId: exam.id,
        content: {
          objectiveId: second!.id,
          type: 'single',
          difficulty: 1,
          stem: 'A new question',
          options: [
            { id: 'a', text: 'x', correct: true },
            { id: 'b', text: 'y', correct: false },
          ],
        },
      },
      ctx(),
    );
    expect((await publishedExam('test-exam'))?.bankSize).toBe(exam.bankSize);
  });
});
