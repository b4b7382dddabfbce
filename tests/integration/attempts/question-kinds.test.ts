import { describe, expect, it } from 'vitest';
import { saveAnswer } from '@/server/attempts/answers';
import { AttemptInputError } from '@/lib/exam/errors';
import { startMockExam, startPractice } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { computeExamStatistics, getStoredStatistics } from '@/server/studio/statistics';
import { rows } from '../../helpers/database';
import { createExam, createUser } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { attemptResult, attemptTables, runnerView } from './helpers';
import { createKindQuestions } from '../../helpers/question-kinds';

/** A published exam of one matching (partial credit) and one ordering (all-or-nothing) question. */
async function kindsExam() {
  const exam = await createExam({ questionCount: 2, passingScore: 70 });
  const { matching, ordering } = await createKindQuestions(exam.id);
  return { exam, matching, ordering };
}

async function positions(attemptId: string): Promise<Map<number, number>> {
  const pinned = await rows('SELECT question_id, position FROM session_questions WHERE session_id = ?', [
    attemptId,
  ]);
  return new Map(pinned.map((r) => [Number(r.question_id), Number(r.position)]));
}

describe('matching and ordering answers in an attempt', () => {
  it('shows them without the key, saves, restores, scores with partial credit and reviews them', async () => {
    const { exam, matching, ordering } = await kindsExam();
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: exam.slug }, T0);
    const at1 = await positions(id);
    const m = at1.get(matching.id)!;
    const o = at1.get(ordering.id)!;

    const view = await runnerView(learner, id, at(minutes(1)));
    expect(view.questions[m]).toMatchObject({
      type: 'matching',
      partialCredit: true,
      responsesReusable: false,
    });
    expect(JSON.stringify(view.questions[m]!.options)).not.toContain('match');
    expect(view.questions[o]!.options.map((x) => x.id).join()).not.toBe('a,b,c,d');
    // The shuffled order is the same on every view (resume shows the same question).
    const again = await runnerView(learner, id, at(minutes(1)));
    expect(again.questions[o]!.options).toEqual(view.questions[o]!.options);

    await saveAnswer(
      learner,
      id,
      { position: m, selected: ['b:e', 'a:d', 'c:g'], revision: 1 },
      at(minutes(2)),
    );
    await saveAnswer(
      learner,
      id,
      { position: o, selected: ['a', 'b', 'c', 'd'], revision: 2 },
      at(minutes(3)),
    );
    const resumed = await runnerView(learner, id, at(minutes(4)));
    expect(resumed.answers).toEqual({ [m]: ['a:d', 'b:e', 'c:g'], [o]: ['a', 'b', 'c', 'd'] });

    await submitAttempt(learner, id, at(minutes(5)));
    const result = await attemptResult(learner, id, at(minutes(6)));
    // 2/3 of the matching (partial credit) + 1 for the ordering = 1.667 of 2.
    expect(result.percent).toBeCloseTo((5 / 3 / 2) * 100);
    expect(result.correct).toBe(1);
    expect(result.passed).toBe(true);
    const reviewed = result.items.find((i) => i.questionId === matching.id)!;
    expect(reviewed).toMatchObject({ type: 'matching', correct: false, answered: true });
    expect(reviewed.score).toBeCloseTo(2 / 3);
    expect(reviewed.structured).toEqual({
      given: ['a:d', 'b:e', 'c:g'],
      key: ['a:d', 'b:e', 'c:f'],
      partialCredit: true,
    });
    const [stored] = await rows(
      'SELECT is_correct, score FROM user_answers WHERE session_id = ? AND question_id = ?',
      [id, matching.id],
    );
    expect(Number(stored!.is_correct)).toBe(0);
    expect(Number(stored!.score)).toBeCloseTo(2 / 3);
  });

  it('refuses malformed answers with a clear error and changes nothing', async () => {
    const { exam, matching, ordering } = await kindsExam();
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: exam.slug }, T0);
    const at1 = await positions(id);
    const before = await attemptTables();
    const bad: [number, string[], RegExp][] = [
      [at1.get(matching.id)!, ['a:d', 'b:d'], /each response only once/],
      [at1.get(matching.id)!, ['a-d'], /premise and a response/],
      [at1.get(matching.id)!, ['x:d'], /Unknown premise/],
      [at1.get(ordering.id)!, ['a', 'b', 'c'], /all 4 items/],
      [at1.get(ordering.id)!, ['a', 'b', 'c', 'c'], /all 4 items/],
    ];
    for (const [position, selected, message] of bad) {
      const save = saveAnswer(learner, id, { position, selected, revision: 1 }, at(minutes(1)));
      await expect(save).rejects.toBeInstanceOf(AttemptInputError);
      await expect(save).rejects.toThrow(message);
    }
    expect(await attemptTables()).toEqual(before);
  });

  it('gives practice feedback with the right pairs and order', async () => {
    const { exam, ordering } = await kindsExam();
    const learner = await createUser();
    const [objective] = await rows('SELECT code FROM objectives WHERE exam_id = ?', [exam.id]);
    const { id } = await startPractice(
      learner,
      { examSlug: exam.slug, objectives: [String(objective!.code)], count: 2, filter: 'all', timed: false },
      T0,
    );
    const o = (await positions(id)).get(ordering.id)!;
    const saved = await saveAnswer(
      learner,
      id,
      { position: o, selected: ['b', 'a', 'c', 'd'], revision: 1 },
      at(1000),
    );
    expect(saved.feedback).toMatchObject({
      correct: false,
      score: 0,
      correctOptionIds: ['a', 'b', 'c', 'd'],
    });
  });

  it('feeds the item statistics with the score (facility of a partial-credit item is the mean share)', async () => {
    const { exam, matching } = await kindsExam();
    const moderator = await createUser({ role: 'moderator' });
    for (const selected of [['a:d', 'b:e', 'c:f'], ['a:d', 'b:f', 'c:e'], []]) {
      const learner = await createUser();
      const { id } = await startMockExam(learner, { examSlug: exam.slug }, T0);
      const m = (await positions(id)).get(matching.id)!;
      if (selected.length > 0)
        await saveAnswer(learner, id, { position: m, selected, revision: 1 }, at(1000));
      await submitAttempt(learner, id, at(2000));
    }
    const stats = await computeExamStatistics(moderator, exam.id, {
      now: at(3000).getTime(),
      ip: null,
    } as never);
    const item = stats.items.find((i) => i.questionId === matching.id)!;
    expect(item.stats.facility).toBeCloseTo((1 + 1 / 3 + 0) / 3);
    // No option table (an option share means nothing here): each premise's figures instead.
    expect(item.stats.options).toEqual([]);
    expect(item.stats.parts).toEqual([
      { partId: 'a', label: 'S3', rightShare: 2 / 3, commonWrong: null },
      {
        partId: 'b',
        label: 'EC2',
        rightShare: 1 / 3,
        commonWrong: { id: 'f', text: 'Managed SQL', count: 1, share: 1 / 3 },
      },
      {
        partId: 'c',
        label: 'RDS',
        rightShare: 1 / 3,
        commonWrong: { id: 'e', text: 'Virtual machines', count: 1, share: 1 / 3 },
      },
    ]);
    const stored = await getStoredStatistics(moderator, exam.id);
    expect(stored!.items.find((i) => i.questionId === matching.id)).toMatchObject({
      kind: 'matching',
      options: [],
      parts: item.stats.parts,
    });
  });
});
