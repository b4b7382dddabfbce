import { afterEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/guards';
import { submitAttempt } from '@/server/attempts/submit';
import { percentileOfLatestMock } from '@/server/percentile/queries';
import { getDashboard } from '@/server/progress/dashboard';
import { preloadDashboard } from '@/server/progress/dashboard-reads';
import { recentRoundTrips, sequentialDepth, withRoundTripProbe } from '@/database/round-trip-probe';
import { testDatabase } from '../../helpers/database';
import {
  createAttempt,
  createExam,
  createQuestion,
  createUser,
  examIdBySlug,
  questionBank,
  type KeyedQuestion,
} from '../../helpers/factories';
import { at, days, minutes } from '../../helpers/time';

// The dashboard reads everything in ONE read batch (server/progress/dashboard-reads.ts), where it
// used to read the studied exams, then their objectives and mocks, then the mastery windows with
// the mocks' ids. These figures are worked out by hand from the sessions below, so a batched
// statement that found other exams, mocks or window answers than the old reads would fail here.

const HOUR = 60 * 60_000;
const NOW = at(days(9) + 3 * HOUR);

let learner: SessionUser;

/** A submitted session of the test exam on day `day`; answer i is right when `right(i)`. */
function session(
  bank: KeyedQuestion[],
  day: number,
  mode: 'mock' | 'practice',
  right: (i: number) => boolean,
) {
  return createAttempt({
    user: learner,
    examSlug: 'test-exam',
    mode,
    startedAt: at(days(day)),
    answers: bank.map((question, i) => ({
      question,
      correct: right(i),
      answeredAt: at(days(day) + minutes(i + 1)),
    })),
  });
}

/** A mock of the second exam, `correct` of 10 right, through the real submit (it keeps the percentile's table). */
async function submittedMock(user: SessionUser, slug: string, correct: number, when: Date) {
  const bank = await questionBank(slug);
  const id = await createAttempt({
    user,
    examSlug: slug,
    mode: 'mock',
    status: 'in_progress',
    startedAt: new Date(when.getTime() - minutes(20)),
    answers: bank.map((question, i) => ({
      question,
      correct: i < correct,
      answeredAt: new Date(when.getTime() - minutes(10)),
    })),
  });
  await submitAttempt(user, id, when);
  return id;
}

/**
 * The test exam (20 questions; objective 1 holds bank[0], [2], …, objective 2 the others): a
 * practice all wrong (day 0), one all right (day 1), six mocks of bank[0..9] with 2, 4, 6, 8, 10
 * and 10 right (days 2–7), and a practice with objective 1 right, objective 2 wrong (day 8); an
 * exam date. A second exam (5 questions per objective) with one mock at 50% on day 9, among 20
 * other learners' mocks.
 */
async function learnerWithTwoExams() {
  learner = await createUser();
  const bank = await questionBank('test-exam');
  const ids = [
    await session(bank, 0, 'practice', () => false),
    await session(bank, 1, 'practice', () => true),
  ];
  for (const [day, right] of [2, 4, 6, 8, 10, 10].entries())
    ids.push(await session(bank.slice(0, 10), day + 2, 'mock', (i) => i < right));
  ids.push(await session(bank, 8, 'practice', (i) => i % 2 === 0));
  await testDatabase().client.execute({
    sql: `INSERT INTO exam_targets (user_id, exam_id, exam_date, start_date, start_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    args: [learner.id, await examIdBySlug('test-exam'), '2026-04-20', '2026-03-02', 0, at(0).getTime()],
  });

  const second = await createExam({ objectives: [{ weight: 60 }, { weight: 40 }] });
  for (const objectiveId of second.objectiveIds)
    for (let i = 0; i < 5; i += 1) await createQuestion({ examId: second.id, objectiveId });
  for (let i = 0; i < 20; i += 1)
    await submittedMock(await createUser(), second.slug, i % 10, at(days(8) + 2 * HOUR));
  const secondMock = await submittedMock(learner, second.slug, 5, at(days(9) + 2 * HOUR));
  return { ids, second, secondMock };
}

describe("the dashboard's one read batch", () => {
  it('shows what a learner with two exams, mocks, practice and reviews has, by hand', async () => {
    const { ids, second, secondMock } = await learnerWithTwoExams();
    // The first visit turns the test exam's sessions into cards (the catch-up), then reads again.
    const first = await getDashboard(learner, { tz: 'UTC' }, NOW);
    expect(await getDashboard(learner, { tz: 'UTC' }, NOW)).toEqual(first);

    // Most recently studied first: the second exam (day 9), then the test exam (day 8).
    expect(first.exams.map((e) => e.slug)).toEqual([second.slug, 'test-exam']);
    const [other, test] = first.exams;
    // Windows of the latest 50 answers per objective: day 8's practice (10), the six mocks (5
    // each) and day 1's practice (10); day 0's practice falls out. Objective 1: 10 + (1+2+3+4+5+5)
    // + 10 right; objective 2: 0 + 20 + 10.
    expect(test!.objectives.map((o) => [o.code, o.recentCorrect, o.recentTotal]).sort()).toEqual([
      ['1', 40, 50],
      ['2', 30, 50],
    ]);
    // Readiness counts the latest five mocks as mocks (25 of each window), the rest as practice.
    expect(test!.readiness).toMatchObject({ mocksUsed: 5, practiceAnswers: 50 });
    expect(test!.history.map((p) => [p.sessionId, p.mode, p.percent])).toEqual([
      [ids[0], 'practice', 0],
      [ids[1], 'practice', 100],
      ...[20, 40, 60, 80, 100, 100].map((percent, i) => [ids[i + 2], 'mock', percent]),
      [ids[8], 'practice', 50],
    ]);
    expect(test).toMatchObject({ seen: 20, answered: 20 * 3 + 10 * 6, bankSize: 20, percentile: null });
    expect(test!.plan?.examDate).toBe('2026-04-20');

    expect(other!.objectives.map((o) => [o.recentCorrect, o.recentTotal])).toEqual([
      [0, 5],
      [5, 5],
    ]);
    expect(other!.history.map((p) => [p.sessionId, p.percent])).toEqual([[secondMock, 50]]);
    expect(other).toMatchObject({ seen: 10, answered: 10, readiness: { mocksUsed: 1 }, plan: null });
    // 50% among 20 others scoring 0–90% twice: better than the 10 below 50%.
    expect(other!.percentile).toBe(50);
    expect(other!.percentile).toBe(await percentileOfLatestMock(second.id, learner.id, NOW));

    expect(first.streak).toEqual({ days: 10, studiedToday: true });
    expect(first.dueToday).toBe(test!.dueToday + other!.dueToday);
    expect(first.studyTimeMs).toBe(test!.studyTimeMs + other!.studyTimeMs);
  });

  it('counts partial credit in the windows, coalesce(score, is_correct)', async () => {
    const { ids } = await learnerWithTwoExams();
    await getDashboard(learner, { tz: 'UTC' }, NOW);
    // Day 8's answers to objective 2 were wrong; as half right they add 10 × 0.5.
    await testDatabase().client.execute({
      sql: `UPDATE review_logs SET score = 0.5 WHERE session_id = ? AND objective_id = (
        SELECT id FROM objectives WHERE code = '2' AND exam_id = (SELECT id FROM exams WHERE slug = 'test-exam'))`,
      args: [ids[8]!],
    });
    const view = await getDashboard(learner, { tz: 'UTC' }, NOW);
    const test = view.exams.find((e) => e.slug === 'test-exam')!;
    expect(test.objectives.map((o) => [o.code, o.recentCorrect]).sort()).toEqual([
      ['1', 40],
      ['2', 35],
    ]);
  });
});

describe('round trips of the everyday dashboard', () => {
  const handle = testDatabase();
  const original = handle.client;
  afterEach(() => {
    handle.client = original;
  });

  it('takes one round trip once the catch-up is done (plus the session check)', async () => {
    await learnerWithTwoExams();
    await getDashboard(learner, { tz: 'UTC' }, NOW);
    // The bench's probe, with a delay so that reads sent together really overlap.
    handle.client = withRoundTripProbe(original, { delayMs: 15, delayReads: true });
    const from = recentRoundTrips.length;
    const view = await getDashboard(learner, { tz: 'UTC' }, NOW);
    const trips = recentRoundTrips.slice(from);
    expect(view.exams).toHaveLength(2);
    expect(trips.map((t) => t.kind)).toEqual(['batch']);
    expect(sequentialDepth(trips)).toBe(1);
  });

  it("uses the page's preloaded batch only when it was read for the same learner", async () => {
    await learnerWithTwoExams();
    const own = await getDashboard(learner, { tz: 'UTC' }, NOW);
    // A cookie naming someone else (a session the database then refuses, say) changes nothing.
    const stranger = await createUser();
    expect(
      await getDashboard(learner, { tz: 'UTC' }, NOW, preloadDashboard(stranger.id, NOW, 'UTC')),
    ).toEqual(own);
    const preloaded = preloadDashboard(learner.id, NOW, 'UTC');
    await preloaded;
    handle.client = withRoundTripProbe(original, { delayMs: 15, delayReads: true });
    const from = recentRoundTrips.length;
    expect(await getDashboard(learner, { tz: 'UTC' }, NOW, preloaded)).toEqual(own);
    expect(recentRoundTrips.slice(from)).toEqual([]);
  });
});
