import { describe, expect, it } from 'vitest';
import { saveAnswer } from '@/server/attempts/answers';
import { startMockExam } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { catchUpReviewSync } from '@/server/review/catch-up';
import { countRows, testDatabase } from '../../helpers/database';
import { createUser } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { keysOf } from '../attempts/helpers';

describe('submitting an attempt schedules its answers for review', () => {
  it('creates one FSRS card per answered question (wrong → Again, right → Good), once', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const keys = await keysOf(id);
    const [right, wrong] = keys;
    await saveAnswer(
      learner,
      id,
      { position: right!.position, selected: right!.correct, revision: 1 },
      at(minutes(1)),
    );
    const wrongChoice = ['a', 'b', 'c', 'd', 'e']
      .filter((o) => !wrong!.correct.includes(o))
      .slice(0, wrong!.correct.length);
    await saveAnswer(
      learner,
      id,
      { position: wrong!.position, selected: wrongChoice, revision: 2 },
      at(minutes(2)),
    );
    await submitAttempt(learner, id, at(minutes(5)));
    // Submitting again changes nothing.
    await submitAttempt(learner, id, at(minutes(6)));

    const { client } = testDatabase();
    const cards = await client.execute({
      sql: 'SELECT question_id FROM review_cards WHERE user_id = ? ORDER BY question_id',
      args: [learner.id],
    });
    expect(cards.rows.map((r) => Number(r.question_id)).sort()).toEqual(
      [right!.questionId, wrong!.questionId].sort(),
    );
    expect(await countRows('review_logs', { where: 'user_id = ?', args: [learner.id] })).toBe(2);
  });

  it('still submits and scores when writing the cards fails; the catch-up sync adds them later', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const [first] = await keysOf(id);
    await saveAnswer(
      learner,
      id,
      { position: first!.position, selected: first!.correct, revision: 1 },
      at(minutes(1)),
    );
    const { client } = testDatabase();
    // Stands for any failure of the card statements (a constraint, a bug): the insert aborts.
    await client.execute(
      "CREATE TRIGGER fail_cards BEFORE INSERT ON review_cards BEGIN SELECT RAISE(ABORT, 'cards are broken'); END",
    );
    try {
      const outcome = await submitAttempt(learner, id, at(minutes(5)));
      expect(outcome.submittedNow).toBe(true);
    } finally {
      await client.execute('DROP TRIGGER fail_cards');
    }
    const session = await client.execute({
      sql: 'SELECT status, correct_count FROM study_sessions WHERE id = ?',
      args: [id],
    });
    expect(session.rows[0]).toMatchObject({ status: 'submitted', correct_count: 1 });
    const cards = () => countRows('review_cards', { where: 'user_id = ?', args: [learner.id] });
    expect(await cards()).toBe(0);

    expect(await catchUpReviewSync(learner.id, at(minutes(10)))).toBe(1);
    expect(await cards()).toBe(1);
  });
});
