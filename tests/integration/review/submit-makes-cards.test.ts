import { describe, expect, it } from 'vitest';
import { saveAnswer } from '@/server/attempts/answers';
import { startMockExam } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { testDatabase } from '../../helpers/database';
import { createUser } from '../../helpers/factories';
import { after, keysOf, minutes, T0 } from '../attempts/helpers';

describe('submitting an attempt schedules its answers for review', () => {
  it('creates one FSRS card per answered question (wrong → Again, right → Good), once', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const keys = await keysOf(id);
    const [right, wrong] = keys;
    await saveAnswer(learner, id, { position: right!.position, selected: right!.correct, revision: 1 }, after(minutes(1)));
    const wrongChoice = ['a', 'b', 'c', 'd', 'e'].filter((o) => !wrong!.correct.includes(o)).slice(0, wrong!.correct.length);
    await saveAnswer(learner, id, { position: wrong!.position, selected: wrongChoice, revision: 2 }, after(minutes(2)));
    await submitAttempt(learner, id, after(minutes(5)));
    // Submitting again changes nothing.
    await submitAttempt(learner, id, after(minutes(6)));

    const { client } = testDatabase();
    const cards = await client.execute({ sql: 'SELECT question_id FROM review_cards WHERE user_id = ? ORDER BY question_id', args: [learner.id] });
    expect(cards.rows.map((r) => Number(r.question_id)).sort()).toEqual([right!.questionId, wrong!.questionId].sort());
    const logs = await client.execute({ sql: 'SELECT count(*) AS n FROM review_logs WHERE user_id = ?', args: [learner.id] });
    expect(Number(logs.rows[0]?.n)).toBe(2);
  });
});
