import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/exam/random';
import { saveAnswer } from '@/server/attempts/answers';
import { AttemptInputError, NoQuestionsError } from '@/lib/exam/errors';
import { startMockExam, startPractice } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { testDatabase } from '../../helpers/database';
import { createUser } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { attemptTables, keysOf, sessionRow } from './helpers';

const practice = (overrides: Record<string, unknown> = {}) => ({
  examSlug: 'test-exam',
  objectives: ['1', '2'],
  count: 5,
  filter: 'all',
  timed: false,
  ...overrides,
});

async function objectiveCodeOf(questionIds: number[]): Promise<string[]> {
  const { rows } = await testDatabase().client.execute({
    sql: `SELECT o.code FROM questions q JOIN objectives o ON o.id = q.objective_id WHERE q.id IN (${questionIds.map(() => '?').join(',')})`,
    args: questionIds,
  });
  return rows.map((r) => String(r.code));
}

describe('starting practice', () => {
  it('asks the chosen number of questions of the chosen objectives, untimed or at the exam pace', async () => {
    const learner = await createUser();
    const untimed = await startPractice(
      learner,
      practice({ objectives: ['2'], count: 7 }),
      T0,
      seededRandom(3),
    );
    expect(untimed.questionCount).toBe(7);
    expect(new Set(await objectiveCodeOf((await keysOf(untimed.id)).map((k) => k.questionId)))).toEqual(
      new Set(['2']),
    );
    expect(await sessionRow(untimed.id)).toMatchObject({ mode: 'practice', deadline_at: null });

    // test-exam: 30 minutes for 10 questions → 3 minutes a question.
    const timed = await startPractice(learner, practice({ count: 4, timed: true }), T0);
    expect((await sessionRow(timed.id)).deadline_at).toBe(at(minutes(12)).getTime());
  });

  it('asks no more questions than the objectives hold', async () => {
    const learner = await createUser();
    const started = await startPractice(learner, practice({ objectives: ['1'], count: 50 }), T0);
    expect(started.questionCount).toBe(10);
  });

  it('refuses bad settings with field errors, changing nothing', async () => {
    const learner = await createUser();
    const before = await attemptTables();
    const cases: [Record<string, unknown>, string][] = [
      [{ objectives: [] }, 'objectives'],
      [{ objectives: ['9'] }, 'objectives'],
      [{ count: 0 }, 'count'],
      [{ count: 1000 }, 'count'],
      [{ count: 'many' }, 'count'],
      [{ filter: 'everything' }, 'filter'],
    ];
    for (const [override, field] of cases) {
      const error = await startPractice(learner, practice(override), T0).catch((e: unknown) => e);
      expect(error, JSON.stringify(override)).toBeInstanceOf(AttemptInputError);
      expect(Object.keys((error as AttemptInputError).fieldErrors ?? {})).toContain(field);
    }
    expect(await attemptTables()).toEqual(before);
  });
});

describe('practice filters', () => {
  it('"only unseen" skips every question the learner was shown before', async () => {
    const learner = await createUser();
    const mock = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const seen = new Set((await keysOf(mock.id)).map((k) => k.questionId));
    const unseen = await startPractice(learner, practice({ count: 20, filter: 'unseen' }), at(minutes(1)));
    const ids = (await keysOf(unseen.id)).map((k) => k.questionId);
    expect(ids).toHaveLength(10);
    expect(ids.some((id) => seen.has(id))).toBe(false);
    // Now everything has been seen.
    await expect(
      startPractice(learner, practice({ filter: 'unseen' }), at(minutes(2))),
    ).rejects.toBeInstanceOf(NoQuestionsError);
    // Another learner has seen nothing.
    const other = await createUser();
    expect((await startPractice(other, practice({ count: 20, filter: 'unseen' }), T0)).questionCount).toBe(
      20,
    );
  });

  it('"only previously missed" takes the questions whose latest answer was wrong, once a mock exam is submitted', async () => {
    const learner = await createUser();
    const mock = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const keys = await keysOf(mock.id);
    const [right, wrong, fixedLater] = keys;
    await saveAnswer(
      learner,
      mock.id,
      { position: right!.position, selected: right!.correct, revision: 1 },
      at(1000),
    );
    await saveAnswer(
      learner,
      mock.id,
      { position: wrong!.position, selected: [wrong!.wrong[0]!], revision: 1 },
      at(1000),
    );
    await saveAnswer(
      learner,
      mock.id,
      { position: fixedLater!.position, selected: [fixedLater!.wrong[0]!], revision: 1 },
      at(1000),
    );
    // Not submitted yet: its answers are not "missed" yet.
    await expect(startPractice(learner, practice({ filter: 'missed' }), at(2000))).rejects.toBeInstanceOf(
      NoQuestionsError,
    );
    await submitAttempt(learner, mock.id, at(3000));

    const first = await startPractice(learner, practice({ count: 20, filter: 'missed' }), at(4000));
    const firstIds = (await keysOf(first.id)).map((k) => k.questionId).sort();
    expect(firstIds).toEqual([wrong!.questionId, fixedLater!.questionId].sort());

    // Answer one of them right in practice: it is no longer "missed".
    const position = (await keysOf(first.id)).find((k) => k.questionId === fixedLater!.questionId)!;
    await saveAnswer(
      learner,
      first.id,
      { position: position.position, selected: position.correct, revision: 1 },
      at(5000),
    );
    const second = await startPractice(learner, practice({ count: 20, filter: 'missed' }), at(6000));
    expect((await keysOf(second.id)).map((k) => k.questionId)).toEqual([wrong!.questionId]);
  });

  it('"only flagged" takes the questions the learner flagged', async () => {
    const learner = await createUser();
    const mock = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const keys = await keysOf(mock.id);
    await saveAnswer(learner, mock.id, { position: 2, flagged: true, revision: 1 }, at(1000));
    await saveAnswer(learner, mock.id, { position: 5, flagged: true, revision: 1 }, at(1000));
    const flagged = await startPractice(learner, practice({ count: 20, filter: 'flagged' }), at(2000));
    expect((await keysOf(flagged.id)).map((k) => k.questionId).sort()).toEqual(
      [keys[2]!.questionId, keys[5]!.questionId].sort(),
    );
    const other = await createUser();
    await expect(startPractice(other, practice({ filter: 'flagged' }), T0)).rejects.toThrow(
      'not flagged any question',
    );
  });
});
