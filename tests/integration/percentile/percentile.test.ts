import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/guards';
import { submitAttempt } from '@/server/attempts/submit';
import { percentileForScore, percentileOfLatestMock } from '@/server/percentile/queries';
import { rows } from '../../helpers/database';
import { createAttempt, createExam, createQuestion, createUser, questionBank } from '../../helpers/factories';
import { days, minutes } from '../../helpers/time';

// Each test has its own exam, so the learners of one test never count in another's population.
const NOW = new Date('2026-12-05T10:00:00Z');

async function examWithTenQuestions(): Promise<string> {
  const exam = await createExam();
  for (let i = 0; i < 10; i += 1)
    await createQuestion({ examId: exam.id, objectiveId: exam.objectiveIds[0] });
  return exam.slug;
}

/** A learner's attempt of 10 questions, `correct` of them right, submitted through the real submit at `at`. */
async function submitted(
  user: SessionUser,
  examSlug: string,
  correct: number,
  at: Date,
  mode: 'mock' | 'practice' = 'mock',
): Promise<string> {
  const bank = await questionBank(examSlug);
  const id = await createAttempt({
    user,
    examSlug,
    mode,
    status: 'in_progress',
    startedAt: new Date(at.getTime() - minutes(20)),
    answers: bank.map((question, i) => ({
      question,
      correct: i < correct,
      answeredAt: new Date(at.getTime() - minutes(10)),
    })),
  });
  await submitAttempt(user, id, at);
  return id;
}

/** `n` learners who each submitted one mock of the exam, scoring 0%, 10%, … in turn. */
async function otherLearners(examSlug: string, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await submitted(await createUser(), examSlug, i % 10, new Date(NOW.getTime() - days(1)));
  }
}

const examIdOf = async (slug: string) =>
  Number((await rows('SELECT id FROM exams WHERE slug = ?', [slug]))[0]!.id);

describe('the percentile among learners', () => {
  it('is hidden with 19 other learners and shown once a 20th takes the mock', async () => {
    const slug = await examWithTenQuestions();
    const examId = await examIdOf(slug);
    const viewer = await createUser();
    await submitted(viewer, slug, 5, NOW); // 50%
    await otherLearners(slug, 19);
    expect(await percentileOfLatestMock(examId, viewer.id, NOW)).toBeNull();

    await otherLearners(slug, 1); // the 20th scores 0%
    // Others: 0,10,…,90 (10 learners), 0,…,80 (9), 0: below 50% are 5 + 5 + 1 = 11 of 20.
    expect(await percentileOfLatestMock(examId, viewer.id, NOW)).toBe(55);
    // A tie is not "better": 20% beats 0%, 0%, 0%, 10%, 10% only.
    expect(await percentileForScore(examId, viewer.id, 20, NOW)).toBe(25);
  });

  it("counts only each learner's latest mock, and the viewer never counts against themselves", async () => {
    const slug = await examWithTenQuestions();
    const examId = await examIdOf(slug);
    const viewer = await createUser();
    await otherLearners(slug, 20);
    const improver = await createUser();
    // 100% long ago, then 0% yesterday: only the 0% counts (21 others now, 3 below 10%).
    await submitted(improver, slug, 10, new Date(NOW.getTime() - days(30)));
    await submitted(improver, slug, 0, new Date(NOW.getTime() - days(1)));
    await submitted(viewer, slug, 9, new Date(NOW.getTime() - days(2)));
    await submitted(viewer, slug, 1, NOW);
    expect(
      await rows('SELECT score_percent FROM latest_mock_scores WHERE user_id = ?', [improver.id]),
    ).toEqual([{ score_percent: 0 }]);
    // The viewer's latest is 10%: strictly above the three learners at 0% (two others and the
    // improver); their own 90% two days ago is not a learner to beat.
    expect(await percentileOfLatestMock(examId, viewer.id, NOW)).toBe(Math.floor((3 * 100) / 21));
  });

  it('leaves out learners whose latest mock is older than 90 days', async () => {
    const slug = await examWithTenQuestions();
    const examId = await examIdOf(slug);
    const viewer = await createUser();
    await otherLearners(slug, 19);
    await submitted(await createUser(), slug, 0, new Date(NOW.getTime() - days(91)));
    await submitted(viewer, slug, 5, NOW);
    expect(await percentileOfLatestMock(examId, viewer.id, NOW)).toBeNull();
    // Seen from ten days earlier, that learner's mock is inside the window: 20 others.
    const earlier = new Date(NOW.getTime() - days(10));
    expect(await percentileForScore(examId, viewer.id, 50, earlier)).toBe(55);
    // And the viewer's own latest mock out of the window shows nothing on the dashboard.
    expect(await percentileOfLatestMock(examId, viewer.id, new Date(NOW.getTime() + days(91)))).toBeNull();
  });

  it('does not count practice sessions', async () => {
    const slug = await examWithTenQuestions();
    const examId = await examIdOf(slug);
    const viewer = await createUser();
    await otherLearners(slug, 19);
    await submitted(await createUser(), slug, 0, NOW, 'practice');
    await submitted(viewer, slug, 5, NOW);
    expect(await rows('SELECT count(*) AS n FROM latest_mock_scores WHERE exam_id = ?', [examId])).toEqual([
      { n: 20 },
    ]);
    expect(await percentileOfLatestMock(examId, viewer.id, NOW)).toBeNull();
  });
});
