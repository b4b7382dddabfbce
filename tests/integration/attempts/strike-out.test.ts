import { describe, expect, it } from 'vitest';
import { saveAnswer } from '@/server/attempts/answers';
import { AttemptClosedError, AttemptInputError } from '@/lib/exam/errors';
import { startMockExam, startPractice } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { rows } from '../../helpers/database';
import { createUser } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { attemptResult, attemptTables, keysOf, runnerView } from './helpers';

async function storedStruck(attemptId: string, position: number): Promise<unknown> {
  const [row] = await rows('SELECT struck FROM session_questions WHERE session_id = ? AND position = ?', [
    attemptId,
    position,
  ]);
  return JSON.parse(String(row!.struck));
}

describe('striking out options', () => {
  it('saves the struck-out options with the answer in one save and gives them back on resume', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const [first, second] = await keysOf(id);
    const [w1, w2] = [first!.wrong[0]!, first!.wrong[1]!];

    // One request: the answer and the struck-out options together.
    await saveAnswer(
      learner,
      id,
      { position: 0, selected: first!.correct, struck: [w2, w1], revision: 1 },
      at(minutes(1)),
    );
    // A strike-out alone is a save too.
    await saveAnswer(learner, id, { position: 1, struck: [second!.wrong[0]!], revision: 2 }, at(minutes(2)));

    const view = await runnerView(learner, id, at(minutes(3)));
    // Kept in the question's option order, whatever order the client sent.
    const order = view.questions[0]!.options.map((o) => o.id).filter((o) => o === w1 || o === w2);
    expect(view.struck).toEqual({ 0: order, 1: [second!.wrong[0]] });
    expect(view.answers).toEqual({ 0: first!.correct });

    // Bringing every option back clears the list.
    await saveAnswer(learner, id, { position: 1, struck: [], revision: 3 }, at(minutes(4)));
    expect((await runnerView(learner, id, at(minutes(5)))).struck).toEqual({ 0: order });
    expect(await storedStruck(id, 1)).toEqual([]);
  });

  it('never changes the score: striking out the right option still scores the answer chosen', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const [first, second] = await keysOf(id);
    await saveAnswer(
      learner,
      id,
      { position: 0, selected: first!.correct, struck: first!.correct, revision: 1 },
      at(minutes(1)),
    );
    // Every wrong option struck out, no answer: still unanswered, not correct.
    await saveAnswer(learner, id, { position: 1, struck: second!.wrong, revision: 2 }, at(minutes(1)));
    await submitAttempt(learner, id, at(minutes(2)));
    const result = await attemptResult(learner, id, at(minutes(3)));
    expect(result.correct).toBe(1);
    expect(result.answered).toBe(1);
    expect(result.items[1]).toMatchObject({ answered: false, correct: false });
  });

  it('works in practice before the answer is checked', async () => {
    const learner = await createUser();
    const { id } = await startPractice(learner, { examSlug: 'test-exam', objectives: ['1'], count: 2 }, T0);
    const [first] = await keysOf(id);
    const saved = await saveAnswer(
      learner,
      id,
      { position: 0, struck: [first!.wrong[0]!], revision: 1 },
      at(minutes(1)),
    );
    expect(saved.feedback).toBeUndefined();
    expect((await runnerView(learner, id, at(minutes(2)))).struck).toEqual({ 0: [first!.wrong[0]] });
  });

  it('refuses unknown options and closed attempts, changing nothing', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const [first] = await keysOf(id);
    const before = await attemptTables();
    await expect(
      saveAnswer(learner, id, { position: 0, struck: ['nope'], revision: 1 }, at(minutes(1))),
    ).rejects.toBeInstanceOf(AttemptInputError);
    await expect(
      saveAnswer(
        learner,
        id,
        { position: 0, selected: first!.correct, struck: [first!.wrong[0]!, 'zz'], revision: 1 },
        at(minutes(1)),
      ),
    ).rejects.toBeInstanceOf(AttemptInputError);
    await expect(
      saveAnswer(learner, id, { position: 0, struck: 'a', revision: 1 }, at(minutes(1))),
    ).rejects.toBeInstanceOf(AttemptInputError);
    expect(await attemptTables()).toEqual(before);

    await submitAttempt(learner, id, at(minutes(2)));
    await expect(
      saveAnswer(learner, id, { position: 0, struck: [first!.wrong[0]!], revision: 5 }, at(minutes(3))),
    ).rejects.toBeInstanceOf(AttemptClosedError);
    expect(await storedStruck(id, 0)).toEqual([]);
  });
});
