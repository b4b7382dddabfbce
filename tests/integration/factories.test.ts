import { describe, expect, it } from 'vitest';
import { getAttemptResult } from '@/server/attempts/queries';
import { getPublishedExam } from '@/server/catalog/queries';
import { getReviewQueue } from '@/server/review/queue';
import { rows } from '../helpers/database';
import {
  createAttempt,
  createExam,
  createQuestion,
  createQuestionVersion,
  createReviewCard,
  createUser,
} from '../helpers/factories';
import { at, minutes } from '../helpers/time';
import { attemptResult } from './attempts/helpers';

// The factories write straight to the tables: these tests prove the app reads what they write.
describe('test factories', () => {
  it('make an exam with objectives and questions that the catalog counts', async () => {
    const exam = await createExam({ objectives: [{ weight: 60 }, { weight: 40 }] });
    await createQuestion({ examId: exam.id });
    await createQuestion({ examId: exam.id, objectiveId: exam.objectiveIds[1] });
    await createQuestion({ examId: exam.id, active: false });
    const detail = await getPublishedExam(exam.slug);
    expect(detail?.objectives.map((o) => [o.code, o.weight, o.questionCount])).toEqual([
      ['1', 60, 1],
      ['2', 40, 1],
    ]);
    expect(detail?.bankSize).toBe(2);
    expect(await getPublishedExam((await createExam({ status: 'draft' })).slug)).toBeNull();
  });

  it('make a submitted mock attempt that scores and reviews like one the learner took', async () => {
    const learner = await createUser();
    const exam = await createExam({ questionCount: 3, passingScore: 60 });
    const [one, two, three] = [
      await createQuestion({ examId: exam.id }),
      await createQuestion({ examId: exam.id }),
      await createQuestion({ examId: exam.id }),
    ];
    const id = await createAttempt({
      user: learner,
      examSlug: exam.slug,
      mode: 'mock',
      answers: [
        { question: one, correct: true },
        { question: two, correct: false, flagged: true },
      ],
      unanswered: [three],
    });
    const result = await attemptResult(learner, id, at(minutes(10)));
    expect(result).toMatchObject({
      status: 'submitted',
      correct: 1,
      total: 3,
      answered: 2,
      passingScore: 60,
    });
    expect(result.items.map((i) => [i.correct, i.answered, i.flagged])).toEqual([
      [true, true, false],
      [false, true, true],
      [false, false, false],
    ]);
    expect(
      (
        await getAttemptResult(
          learner,
          await createAttempt({ user: learner, examSlug: exam.slug, status: 'in_progress' }),
          at(minutes(10)),
        )
      ).state,
    ).toBe('open');
  });

  it('make a due review card that the queue shows, and new question versions that it follows', async () => {
    const learner = await createUser();
    const question = await createQuestion();
    await createReviewCard({ user: learner, question, due: at(minutes(5)) });
    await createReviewCard({
      user: learner,
      question: await createQuestion(),
      due: at(minutes(5)),
      suspended: true,
    });
    const { version } = await createQuestionVersion(question.id, { stem: 'Factory stem, second version' });
    expect(version).toBe(2);
    const queue = await getReviewQueue(learner, { tz: 'UTC' }, at(minutes(10)));
    expect(queue.dueToday).toBe(1);
    expect(queue.cards.map((c) => c.question.stem)).toEqual(['Factory stem, second version']);
    expect(
      await rows('SELECT rowid AS id FROM question_search WHERE question_search MATCH ?', [
        '"second version"',
      ]),
    ).toEqual([{ id: question.id }]);
  });
});
