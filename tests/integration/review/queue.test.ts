import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/guards';
import { ReviewInputError } from '@/lib/review/errors';
import { getReviewQueue } from '@/server/review/queue';
import { syncReviewsForSession } from '@/server/review/session-sync';
import { testDatabase } from '../../helpers/database';
import {
  createAttempt,
  createQuestionVersion,
  createUser,
  questionBank,
  type KeyedQuestion,
} from '../../helpers/factories';
import { at, days, minutes, T0 } from '../../helpers/time';

let learner: SessionUser;
let bank: KeyedQuestion[];

beforeEach(async () => {
  learner = await createUser();
  bank = await questionBank('test-exam');
});

describe("today's review queue", () => {
  it('lists due cards most overdue first, without the answer key', async () => {
    const id = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      answers: [
        { question: bank[0]!, correct: false, answeredAt: at(minutes(3)) },
        { question: bank[4]!, correct: false, answeredAt: at(minutes(1)) },
        { question: bank[1]!, correct: true, answeredAt: at(minutes(2)) },
      ],
    });
    await syncReviewsForSession(id, at(minutes(4)));
    const queue = await getReviewQueue(learner, { tz: 'UTC' }, at(minutes(5)));
    expect(queue.dueToday).toBe(2);
    expect(queue.cards.map((c) => c.question.versionId)).toEqual([bank[4]!.versionId, bank[0]!.versionId]);
    const multiple = queue.cards[0]!;
    expect(multiple.question).toMatchObject({ type: 'multiple', choose: 2 });
    expect(multiple.exam).toEqual({ slug: 'test-exam', code: 'TST-100', title: 'Test Certification Exam' });
    expect(JSON.stringify(queue)).not.toContain('"correct"');
    expect(queue.cards[1]!.question.options[0]).toEqual({ id: 'a', text: 'Wrong answer A to question 1' });
  });

  it('ends "today" at the learner\'s midnight, not the server\'s', async () => {
    // Answered right at 09:00 UTC on 2 March: due two days later, around 09:00 UTC on 4 March.
    const id = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      answers: [{ question: bank[1]!, correct: true, answeredAt: T0 }],
    });
    await syncReviewsForSession(id, T0);
    const { rows } = await testDatabase().client.execute({
      sql: 'SELECT due FROM review_cards WHERE user_id = ?',
      args: [learner.id],
    });
    const due = new Date(Number(rows[0]!.due));
    const evening = new Date(due.getTime() - 12 * 3_600_000);
    // Twelve hours before it is due: in Tokyo (UTC+9) that may already be the due date…
    const dueInTokyo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(due);
    const eveningInTokyo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(evening);
    const tokyo = await getReviewQueue(learner, { tz: 'Asia/Tokyo' }, evening);
    expect(tokyo.dueToday).toBe(dueInTokyo === eveningInTokyo ? 1 : 0);
    // …and a day later it is due everywhere.
    expect(
      (await getReviewQueue(learner, { tz: 'America/Los_Angeles' }, new Date(due.getTime() + days(1))))
        .dueToday,
    ).toBe(1);
    expect((await getReviewQueue(learner, { tz: 'UTC' }, new Date(due.getTime() - days(1)))).dueToday).toBe(
      0,
    );
  });

  it('shows the question at its current version after an edit', async () => {
    const id = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      answers: [{ question: bank[0]!, correct: false }],
    });
    await syncReviewsForSession(id, T0);
    await createQuestionVersion(bank[0]!.id, { stem: 'Edited stem', explanation: 'Edited explanation' }, T0);
    const [card] = (await getReviewQueue(learner, { tz: 'UTC' }, at(minutes(30)))).cards;
    expect(card!.question.stem).toBe('Edited stem');
    expect(card!.question.versionId).not.toBe(bank[0]!.versionId);
  });

  it('filters by exam and validates the request', async () => {
    const quick = await questionBank('quick-exam');
    const one = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      answers: [{ question: bank[0]!, correct: false }],
    });
    const two = await createAttempt({
      user: learner,
      examSlug: 'quick-exam',
      answers: [{ question: quick[0]!, correct: false }],
    });
    await syncReviewsForSession(one, T0);
    await syncReviewsForSession(two, T0);
    const now = at(minutes(30));
    expect((await getReviewQueue(learner, { tz: 'UTC' }, now)).dueToday).toBe(2);
    const onlyQuick = await getReviewQueue(learner, { tz: 'UTC', exam: 'quick-exam' }, now);
    expect(onlyQuick.cards.map((c) => c.exam.slug)).toEqual(['quick-exam']);
    expect(onlyQuick.dueToday).toBe(1);
    expect((await getReviewQueue(learner, { tz: 'UTC', limit: '1' }, now)).cards).toHaveLength(1);
    expect((await getReviewQueue(learner, { tz: 'UTC', limit: '1' }, now)).dueToday).toBe(2);

    await expect(getReviewQueue(learner, { tz: 'Mars/Olympus_Mons' }, now)).rejects.toBeInstanceOf(
      ReviewInputError,
    );
    await expect(getReviewQueue(learner, {}, now)).rejects.toBeInstanceOf(ReviewInputError);
    await expect(getReviewQueue(learner, { tz: 'UTC', exam: '../etc' }, now)).rejects.toBeInstanceOf(
      ReviewInputError,
    );
  });
});
