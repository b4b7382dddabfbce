import { describe, expect, it } from 'vitest';
import { AttemptInputError, NoQuestionsError } from '@/lib/exam/errors';
import { saveAnswer } from '@/server/attempts/answers';
import { startPractice } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { rows } from '../../helpers/database';
import { createExam, createQuestion, createUser } from '../../helpers/factories';
import { MATCHING_OPTIONS, ORDERING_OPTIONS } from '../../helpers/question-kinds';
import { at, minutes } from '../../helpers/time';

/** An exam of two single-response, one multiple-response, two matching and one ordering question. */
async function mixedExam() {
  const exam = await createExam({ questionCount: 6 });
  const ids: Record<string, number[]> = { single: [], multiple: [], matching: [], ordering: [] };
  for (let i = 0; i < 2; i += 1) ids.single!.push((await createQuestion({ examId: exam.id })).id);
  const multiple = await createQuestion({
    examId: exam.id,
    options: [
      { id: 'a', text: 'One', correct: true },
      { id: 'b', text: 'Two', correct: true },
      { id: 'c', text: 'Three', correct: false },
    ],
  });
  ids.multiple!.push(multiple.id);
  for (let i = 0; i < 2; i += 1) {
    const q = await createQuestion({
      examId: exam.id,
      options: MATCHING_OPTIONS,
      settings: { kind: 'matching', partialCredit: true, responsesReusable: false },
    });
    ids.matching!.push(q.id);
  }
  const ordering = await createQuestion({
    examId: exam.id,
    options: ORDERING_OPTIONS,
    settings: { kind: 'ordering', partialCredit: false },
  });
  ids.ordering!.push(ordering.id);
  const [objective] = await rows('SELECT code FROM objectives WHERE exam_id = ?', [exam.id]);
  return { exam, ids, objective: String(objective!.code) };
}

async function drawn(attemptId: string): Promise<number[]> {
  const pinned = await rows('SELECT question_id FROM session_questions WHERE session_id = ? ORDER BY 1', [
    attemptId,
  ]);
  return pinned.map((r) => Number(r.question_id));
}

describe('practice filtered by question kind', () => {
  it('draws only the chosen kind, and any kind by default', async () => {
    const { exam, ids, objective } = await mixedExam();
    const learner = await createUser();
    const base = { examSlug: exam.slug, objectives: [objective], count: 10 };
    for (const kind of ['single', 'multiple', 'matching', 'ordering'] as const) {
      const { id } = await startPractice(learner, { ...base, kind }, at(0));
      expect(await drawn(id)).toEqual([...ids[kind]!].sort((a, b) => a - b));
      const [settings] = await rows('SELECT settings FROM study_sessions WHERE id = ?', [id]);
      expect(JSON.parse(String(settings!.settings))).toMatchObject({ kind });
    }
    const any = await startPractice(learner, base, at(0));
    expect(await drawn(any.id)).toHaveLength(6);
  });

  it('combines with the other filters and says clearly when nothing is left', async () => {
    const { exam, ids, objective } = await mixedExam();
    const learner = await createUser();
    const base = { examSlug: exam.slug, objectives: [objective], count: 10 };
    // Miss one matching question (a partly right answer is a miss), answer the ordering one right.
    const first = await startPractice(learner, { ...base, kind: 'matching', count: 1 }, at(0));
    const missed = (await drawn(first.id))[0]!;
    await saveAnswer(learner, first.id, { position: 0, selected: ['a:d'], revision: 1 }, at(minutes(1)));
    await submitAttempt(learner, first.id, at(minutes(2)));
    const second = await startPractice(learner, { ...base, kind: 'ordering' }, at(minutes(3)));
    await saveAnswer(
      learner,
      second.id,
      { position: 0, selected: ['a', 'b', 'c', 'd'], revision: 1 },
      at(minutes(4)),
    );
    await submitAttempt(learner, second.id, at(minutes(5)));

    const again = await startPractice(
      learner,
      { ...base, kind: 'matching', filter: 'missed' },
      at(minutes(6)),
    );
    expect(await drawn(again.id)).toEqual([missed]);
    const unseen = await startPractice(
      learner,
      { ...base, kind: 'matching', filter: 'unseen' },
      at(minutes(7)),
    );
    expect(await drawn(unseen.id)).toEqual(ids.matching!.filter((id) => id !== missed));

    await expect(
      startPractice(learner, { ...base, kind: 'ordering', filter: 'missed' }, at(minutes(8))),
    ).rejects.toThrow(
      new NoQuestionsError(
        'No ordering questions that you previously missed in these objectives. Choose "Any kind" or other objectives.',
      ),
    );
  });

  it('refuses a kind it does not know, naming the field', async () => {
    const { exam, objective } = await mixedExam();
    const learner = await createUser();
    const error = await startPractice(
      learner,
      { examSlug: exam.slug, objectives: [objective], count: 5, kind: 'essay' },
      at(0),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttemptInputError);
    expect((error as AttemptInputError).fieldErrors).toEqual({ kind: 'Choose a question kind.' });
  });
});
