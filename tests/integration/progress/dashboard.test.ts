import { beforeEach, describe, expect, it } from 'vitest';
import { AuthorizationError, type SessionUser } from '@/lib/auth/guards';
import { getDashboard } from '@/server/progress/dashboard';
import { ReviewInputError } from '@/lib/review/errors';
import { recordReview } from '@/server/review/record-review';
import { createAttempt, createUser, questionBank, type KeyedQuestion } from '../../helpers/factories';
import { at, days, minutes } from '../../helpers/time';
import { answerFor, queueOf } from '../review/review-flow';

let learner: SessionUser;
let bank: KeyedQuestion[];

beforeEach(async () => {
  learner = await createUser();
  bank = await questionBank('test-exam');
});

/** A practice session over the whole test bank with the given share right, on day `day`. */
async function practice(day: number, rightShare: number, mode: 'practice' | 'mock' = 'practice') {
  const questions = mode === 'mock' ? bank.slice(0, 10) : bank;
  return createAttempt({
    user: learner,
    examSlug: 'test-exam',
    mode,
    startedAt: at(days(day)),
    answers: questions.map((question, i) => ({
      question,
      correct: i < Math.round(questions.length * rightShare),
      answeredAt: at(days(day) + minutes(i + 1)),
    })),
  });
}

describe('the dashboard', () => {
  it('is empty for a new learner and refuses anonymous visitors and bad time zones', async () => {
    const view = await getDashboard(learner, { tz: 'Europe/Paris' }, at(0));
    expect(view).toMatchObject({
      exams: [],
      dueToday: 0,
      studyTimeMs: 0,
      streak: { days: 0, studiedToday: false },
      timeZone: 'Europe/Paris',
    });
    await expect(getDashboard(null, { tz: 'UTC' }, at(0))).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getDashboard(learner, { tz: 'Not/AZone' }, at(0))).rejects.toBeInstanceOf(ReviewInputError);
    await expect(getDashboard(learner, { tz: 42 }, at(0))).rejects.toBeInstanceOf(ReviewInputError);
  });

  it('shows an exam as soon as a session is under way', async () => {
    await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      status: 'in_progress',
      answers: [{ question: bank[0]!, correct: true, answeredAt: at(minutes(1)) }],
    });
    const view = await getDashboard(learner, { tz: 'UTC' }, at(minutes(2)));
    expect(view.exams.map((e) => e.slug)).toEqual(['test-exam']);
    expect(view.exams[0]).toMatchObject({
      seen: 0,
      answered: 0,
      bankSize: 20,
      readiness: { enoughData: false, verdict: 'unknown' },
    });
    // An answer in an open session already counts as studying today.
    expect(view.streak).toEqual({ days: 1, studiedToday: true });
  });

  it('updates after a submitted session: mastery weakest first, history, seen, due, study time', async () => {
    // Objective 1 holds the odd questions (bank[0], [2], …): get those wrong, objective 2 right.
    const id = await createAttempt({
      user: learner,
      examSlug: 'test-exam',
      answers: bank.map((question, i) => ({
        question,
        correct: i % 2 === 1,
        timeSpentMs: 30_000,
        answeredAt: at(minutes(i + 1)),
      })),
    });
    const view = await getDashboard(learner, { tz: 'UTC' }, at(minutes(30)));
    const exam = view.exams[0]!;
    expect(exam.objectives.map((o) => [o.code, o.recentCorrect, o.recentTotal, o.level])).toEqual([
      ['1', 0, 10, 'weak'],
      ['2', 10, 10, 'strong'],
    ]);
    expect(exam.history).toEqual([
      { sessionId: id, mode: 'practice', at: expect.any(Number), percent: 50, questionCount: 20 },
    ]);
    expect(exam).toMatchObject({
      seen: 20,
      bankSize: 20,
      answered: 20,
      dueToday: 10,
      studyTimeMs: 20 * 30_000,
    });
    expect(view.dueToday).toBe(10);
    expect(view.studyTimeMs).toBe(20 * 30_000);
  });

  it('drops the due count after a review', async () => {
    await practice(0, 0.5);
    const now = at(minutes(40));
    const before = await getDashboard(learner, { tz: 'UTC' }, now);
    const card = (await queueOf(learner, now)).cards[0]!;
    await recordReview(learner, answerFor(card, bank, true), now);
    const after = await getDashboard(learner, { tz: 'UTC' }, now);
    expect(after.dueToday).toBe(before.dueToday - 1);
    expect(after.exams[0]!.reviews).toBe(1);
  });

  it('predicts readiness with a band: amber at 90% on a 10-question exam (luck matters), green at 100%', async () => {
    for (let day = 0; day < 5; day += 1) await practice(day, 0.9);
    for (let day = 5; day < 8; day += 1) await practice(day, 0.9, 'mock');
    const view = await getDashboard(learner, { tz: 'UTC' }, at(days(9)));
    const readiness = view.exams[0]!.readiness;
    expect(readiness).toMatchObject({ enoughData: true, mocksUsed: 3 });
    // Each objective's window holds its latest 50 answers: 15 from the three mocks (counted as
    // mocks), 35 from practice (counted in the objective model).
    expect(view.exams[0]!.objectives.map((o) => o.recentTotal)).toEqual([50, 50]);
    expect(readiness.practiceAnswers).toBe(70);
    expect(readiness.predicted).toBeGreaterThan(82);
    expect(readiness.predicted).toBeLessThan(95);
    expect(readiness.low).toBeLessThan(readiness.predicted);
    expect(readiness.high).toBeGreaterThan(readiness.predicted);
    // Ten questions: one or two unlucky draws decide a pass, and the band says so.
    expect(readiness.verdict).toBe('amber');
    expect(readiness.low).toBeLessThan(70);

    for (let day = 8; day < 11; day += 1) await practice(day, 1, 'mock');
    for (let day = 11; day < 14; day += 1) await practice(day, 1);
    const later = await getDashboard(learner, { tz: 'UTC' }, at(days(15)));
    expect(later.exams[0]!.readiness).toMatchObject({ enoughData: true, verdict: 'green' });
    expect(later.exams[0]!.readiness.low).toBeGreaterThanOrEqual(70);

    const history = view.exams[0]!.history;
    expect(history.filter((p) => p.mode === 'mock')).toHaveLength(3);
    expect(history.filter((p) => p.mode === 'practice')).toHaveLength(5);
    expect(history.map((p) => p.at)).toEqual([...history.map((p) => p.at)].sort((a, b) => a - b));
  });

  it('says red for a weak learner and "not enough data" after a handful of answers', async () => {
    for (let day = 0; day < 4; day += 1) await practice(day, 0.3);
    const weak = await getDashboard(learner, { tz: 'UTC' }, at(days(5)));
    expect(weak.exams[0]!.readiness).toMatchObject({ enoughData: true, verdict: 'red' });

    const newcomer = await createUser();
    await createAttempt({
      user: newcomer,
      examSlug: 'test-exam',
      answers: bank.slice(0, 4).map((question) => ({ question, correct: true })),
    });
    const few = await getDashboard(newcomer, { tz: 'UTC' }, at(days(1)));
    expect(few.exams[0]!.readiness).toMatchObject({ enoughData: false, verdict: 'unknown' });
    expect(few.exams[0]!.readiness.high - few.exams[0]!.readiness.low).toBeGreaterThan(30);
  });

  it('follows a long streak back past the recent weeks', async () => {
    const start = Date.UTC(2026, 0, 1, 18);
    for (let day = 0; day < 50; day += 1) {
      const when = new Date(start + days(day));
      await createAttempt({
        user: learner,
        examSlug: 'test-exam',
        startedAt: when,
        answers: [{ question: bank[day % 20]!, correct: true, answeredAt: when }],
      });
    }
    const after = (day: number) => new Date(start + days(day) + 3_600_000);
    expect((await getDashboard(learner, { tz: 'UTC' }, after(49))).streak).toEqual({
      days: 50,
      studiedToday: true,
    });
    // Asked again (the older part is remembered), and the next morning.
    expect((await getDashboard(learner, { tz: 'UTC' }, after(49))).streak.days).toBe(50);
    expect(
      (await getDashboard(learner, { tz: 'UTC' }, new Date(start + days(50) - 12 * 3_600_000))).streak,
    ).toEqual({ days: 50, studiedToday: false });
  });

  it("counts the streak in the learner's time zone", async () => {
    // Study at 23:30 UTC on three consecutive days: in UTC that is three days; in Tokyo (UTC+9)
    // it is 08:30 the next morning, also three days; the streak is alive until a day is missed.
    for (let day = 0; day < 3; day += 1) {
      const when = new Date(Date.UTC(2026, 2, 2 + day, 23, 30));
      await createAttempt({
        user: learner,
        examSlug: 'test-exam',
        startedAt: when,
        answers: [{ question: bank[day]!, correct: true, answeredAt: when }],
      });
    }
    const morningAfter = new Date(Date.UTC(2026, 2, 5, 6, 0));
    expect((await getDashboard(learner, { tz: 'UTC' }, morningAfter)).streak).toEqual({
      days: 3,
      studiedToday: false,
    });
    expect((await getDashboard(learner, { tz: 'Asia/Tokyo' }, morningAfter)).streak).toEqual({
      days: 3,
      studiedToday: true,
    });
    // In Los Angeles (UTC-8) 23:30 UTC is 15:30 the same day: also three days, and by 22:00 local
    // on 5 March nothing was done that day yet.
    expect(
      (await getDashboard(learner, { tz: 'America/Los_Angeles' }, new Date(Date.UTC(2026, 2, 6, 6, 0))))
        .streak,
    ).toEqual({ days: 3, studiedToday: false });
    // Two days later the streak is over.
    expect(
      (await getDashboard(learner, { tz: 'UTC' }, new Date(Date.UTC(2026, 2, 7, 6, 0)))).streak.days,
    ).toBe(0);
  });
});
