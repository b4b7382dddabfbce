import { beforeEach, describe, expect, it } from 'vitest';
import { catchUpReviewSync } from '@/server/review/catch-up';
import { reviewStatementsForSubmittedSession, syncReviewsForSession } from '@/server/review/session-sync';
import type { SessionUser } from '@/lib/auth/guards';
import { countRows, testDatabase } from '../../helpers/database';
import { createAttempt, createUser, questionBank, type KeyedQuestion } from '../../helpers/factories';
import { at, days, minutes, T0 } from '../../helpers/time';
import { cardsOf, reviewTables, submitSession } from './helpers';

let learner: SessionUser;
let bank: KeyedQuestion[];

beforeEach(async () => {
  learner = await createUser();
  bank = await questionBank('test-exam');
});

describe('turning a submitted session into review cards', () => {
  it('schedules each answer with FSRS: wrong is Again, right is Good, right but slow or flagged is Hard', async () => {
    const [q1, q2, q3, q4] = bank;
    const answeredAt = at(minutes(5));
    const id = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      answers: [
        { question: q1!, correct: false, answeredAt },
        { question: q2!, correct: true, answeredAt, timeSpentMs: 30_000 },
        // test-exam allows 30 min for 10 questions: 3 minutes per question.
        { question: q3!, correct: true, answeredAt, timeSpentMs: minutes(4) },
        { question: q4!, correct: true, answeredAt, flagged: true },
      ],
    });

    expect(await syncReviewsForSession(id, at(minutes(10)))).toBe(4);

    const cards = await cardsOf(learner.id);
    const byQuestion = new Map(cards.map((c) => [c.questionId, c]));
    expect(byQuestion.get(q1!.id)).toMatchObject({
      state: 'learning',
      due: answeredAt.getTime() + minutes(10),
      reps: 1,
    });
    expect(byQuestion.get(q2!.id)).toMatchObject({ state: 'review', reps: 1 });
    expect(byQuestion.get(q2!.id)!.due).toBeGreaterThanOrEqual(answeredAt.getTime() + days(1));
    expect(byQuestion.get(q3!.id)).toMatchObject({
      state: 'learning',
      due: answeredAt.getTime() + minutes(15),
    });
    expect(byQuestion.get(q4!.id)).toMatchObject({
      state: 'learning',
      due: answeredAt.getTime() + minutes(15),
    });

    const { rows: logs } = await testDatabase().client.execute({
      sql: 'SELECT rating, kind, session_id, idempotency_key, reviewed_at FROM review_logs WHERE user_id = ? ORDER BY card_id',
      args: [learner.id],
    });
    expect(logs.map((l) => Number(l.rating)).sort()).toEqual([1, 2, 2, 3]);
    expect(
      logs.every(
        (l) => l.kind === 'session' && l.session_id === id && l.reviewed_at === answeredAt.getTime(),
      ),
    ).toBe(true);
    expect(logs.map((l) => String(l.idempotency_key)).sort()).toEqual(
      [q1, q2, q3, q4].map((q) => `s:${id}:${q!.id}`).sort(),
    );

    const { rows: totals } = await testDatabase().client.execute({
      sql: 'SELECT objective_id, answered, correct, answer_time_ms FROM progress_objective_totals WHERE user_id = ? ORDER BY objective_id',
      args: [learner.id],
    });
    // Questions alternate between the exam's two objectives.
    expect(totals.map((t) => [Number(t.answered), Number(t.correct)])).toEqual([
      [2, 1],
      [2, 2],
    ]);
    expect(
      await countRows('review_session_syncs', { where: 'session_id = ? AND answers = 4', args: [id] }),
    ).toBe(1);
  });

  it('is idempotent: a second sync, or a second process, changes nothing', async () => {
    const id = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      answers: bank.slice(0, 6).map((question, i) => ({ question, correct: i % 2 === 0 })),
    });
    expect(await syncReviewsForSession(id, at(minutes(30)))).toBe(6);
    const before = await reviewTables();

    expect(await syncReviewsForSession(id, at(minutes(40)))).toBe(0);
    // Statements prepared before the first sync committed (a second process) are no-ops too.
    const { client } = testDatabase();
    await client.execute({ sql: 'DELETE FROM review_session_syncs WHERE session_id = ?', args: [id] });
    const stale = await reviewStatementsForSubmittedSession(client, id, at(minutes(50)));
    await client.execute({
      sql: 'INSERT INTO review_session_syncs (session_id, user_id, answers, synced_at) VALUES (?, ?, 6, ?)',
      args: [id, learner.id, at(minutes(30)).getTime()],
    });
    await client.batch(stale, 'write');

    expect(await reviewTables()).toEqual(before);
  });

  it('applies a later session on top of the card: two reviews, one card', async () => {
    const question = bank[0]!;
    const first = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      answers: [{ question, correct: false, answeredAt: at(minutes(1)) }],
    });
    await syncReviewsForSession(first, at(minutes(2)));
    const second = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      startedAt: at(days(1)),
      answers: [{ question, correct: true, answeredAt: at(days(1) + minutes(1)) }],
    });
    await syncReviewsForSession(second, at(days(1) + minutes(2)));

    const [card] = await cardsOf(learner.id);
    expect(card).toMatchObject({
      questionId: question.id,
      reps: 2,
      state: 'review',
      lastReview: at(days(1) + minutes(1)).getTime(),
    });
    expect(await countRows('review_logs', { where: 'card_id = ?', args: [card!.id] })).toBe(2);
  });

  it('leaves open and abandoned sessions alone, and ignores unanswered questions', async () => {
    const open = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      status: 'in_progress',
      answers: [{ question: bank[0]!, correct: true }],
    });
    const abandoned = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      status: 'abandoned',
      answers: [{ question: bank[1]!, correct: true }],
    });
    expect(await syncReviewsForSession(open, T0)).toBe(0);
    expect(await syncReviewsForSession(abandoned, T0)).toBe(0);
    expect(await syncReviewsForSession('no-such-session', T0)).toBe(0);
    expect(await cardsOf(learner.id)).toEqual([]);

    const partly = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      answers: [{ question: bank[2]!, correct: true }],
      unanswered: [bank[3]!],
    });
    expect(await syncReviewsForSession(partly, T0)).toBe(1);
    expect((await cardsOf(learner.id)).map((c) => c.questionId)).toEqual([bank[2]!.id]);
  });

  it('can ride in the submit batch: statements made while the session is open apply once it is submitted', async () => {
    const id = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      status: 'in_progress',
      answers: [{ question: bank[0]!, correct: false }],
    });
    const { client } = testDatabase();
    const statements = await reviewStatementsForSubmittedSession(client, id, at(minutes(20)));
    expect(statements.length).toBeGreaterThan(0);

    // Without the submission the statements do nothing…
    await client.batch(statements, 'write');
    expect(await cardsOf(learner.id)).toEqual([]);

    // …after the submit flow's UPDATE in the same batch, they do.
    await client.batch(
      [
        {
          sql: "UPDATE study_sessions SET status = 'submitted', submitted_at = ?, last_activity = ? WHERE id = ?",
          args: [at(minutes(20)).getTime(), at(minutes(20)).getTime(), id],
        },
        ...statements,
      ],
      'write',
    );
    expect(await cardsOf(learner.id)).toHaveLength(1);
    expect(await countRows('review_session_syncs', { where: 'session_id = ?', args: [id] })).toBe(1);
  });
});

describe('catching up on sessions nobody synced', () => {
  it('syncs every submitted session not yet synced, oldest first, and then costs nothing', async () => {
    const question = bank[0]!;
    const older = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      answers: [{ question, correct: false, answeredAt: at(minutes(1)) }],
    });
    const newer = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      startedAt: at(days(2)),
      answers: [{ question, correct: true, answeredAt: at(days(2)) }],
    });
    const other = await createUser();
    await createAttempt({ user: other, examSlug: 'test-exam', answers: [{ question, correct: true }] });

    expect(await catchUpReviewSync(learner.id, at(days(3)))).toBe(2);
    const [card] = await cardsOf(learner.id);
    // Again first (lapse into learning), then Good: reviews applied in the order they happened.
    expect(card).toMatchObject({ reps: 2, state: 'review', lastReview: at(days(2)).getTime() });
    expect(
      await countRows('review_session_syncs', { where: 'session_id IN (?, ?)', args: [older, newer] }),
    ).toBe(2);
    // Only this learner's sessions were touched.
    expect(await cardsOf(other.id)).toEqual([]);

    expect(await catchUpReviewSync(learner.id, at(days(3)))).toBe(0);
  });

  it('picks up a session submitted later, without a sync from the submit flow', async () => {
    const id = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      status: 'in_progress',
      answers: [{ question: bank[0]!, correct: true }],
    });
    expect(await catchUpReviewSync(learner.id, T0)).toBe(0);
    await submitSession(id, at(minutes(5)));
    expect(await catchUpReviewSync(learner.id, at(minutes(6)))).toBe(1);
  });
});
