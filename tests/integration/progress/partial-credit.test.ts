import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/guards';
import { saveAnswer } from '@/server/attempts/answers';
import { startPractice } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { getDashboard } from '@/server/progress/dashboard';
import { rows } from '../../helpers/database';
import { createExam, createQuestion, createUser } from '../../helpers/factories';
import { at, minutes } from '../../helpers/time';

/** Two premises (a→c, b→d) and a distractor response e, partial credit: one right pair scores 0.5. */
const TWO_PAIRS = [
  { id: 'a', text: 'S3', correct: false, match: 'c' },
  { id: 'b', text: 'EC2', correct: false, match: 'd' },
  { id: 'c', text: 'Object storage', correct: false },
  { id: 'd', text: 'Virtual machines', correct: false },
  { id: 'e', text: 'DNS', correct: false },
];
const ANSWERS = { right: ['a:c', 'b:d'], half: ['a:c', 'b:e'], wrong: ['a:e', 'b:c'] };
const QUESTIONS = 4;

async function matchingExam() {
  const exam = await createExam({ questionCount: QUESTIONS, passingScore: 70 });
  for (let i = 0; i < QUESTIONS; i += 1)
    await createQuestion({
      examId: exam.id,
      stem: `Match each service (${i}).`,
      options: TWO_PAIRS,
      settings: { kind: 'matching', partialCredit: true, responsesReusable: false },
    });
  return exam;
}

/** A practice of every question, each answered `answer`, submitted (which syncs the cards). */
async function practiseAll(
  learner: SessionUser,
  slug: string,
  objective: string,
  answer: keyof typeof ANSWERS,
) {
  const { id } = await startPractice(
    learner,
    { examSlug: slug, objectives: [objective], count: QUESTIONS },
    at(0),
  );
  for (let position = 0; position < QUESTIONS; position += 1)
    await saveAnswer(
      learner,
      id,
      { position, selected: ANSWERS[answer], revision: position + 1 },
      at(minutes(position + 1)),
    );
  await submitAttempt(learner, id, at(minutes(10)));
  return id;
}

describe('a partly right answer in progress figures', () => {
  it('counts its share in mastery and readiness, and schedules the card as Hard', async () => {
    const exam = await matchingExam();
    const [objective] = await rows('SELECT code FROM objectives WHERE exam_id = ?', [exam.id]);
    const code = String(objective!.code);
    const views: Record<string, Awaited<ReturnType<typeof getDashboard>>['exams'][number]> = {};
    for (const answer of ['right', 'half', 'wrong'] as const) {
      const learner = await createUser();
      const attemptId = await practiseAll(learner, exam.slug, code, answer);
      const dashboard = await getDashboard(learner, { tz: 'UTC' }, at(minutes(20)));
      views[answer] = dashboard.exams.find((e) => e.slug === exam.slug)!;
      if (answer === 'half') {
        const logs = await rows('SELECT rating, is_correct, score FROM review_logs WHERE session_id = ?', [
          attemptId,
        ]);
        expect(logs).toHaveLength(QUESTIONS);
        for (const log of logs) expect(log).toMatchObject({ rating: 2, is_correct: 0, score: 0.5 });
      }
    }
    const half = views.half!.objectives[0]!;
    // Four answers, each half right: 2 points of 4, not 0 of 4.
    expect(half).toMatchObject({ recentCorrect: 2, recentTotal: QUESTIONS });
    expect(views.right!.objectives[0]).toMatchObject({ recentCorrect: 4 });
    expect(views.wrong!.objectives[0]).toMatchObject({ recentCorrect: 0 });
    expect(half.estimate).toBeGreaterThan(views.wrong!.objectives[0]!.estimate);
    expect(half.estimate).toBeLessThan(views.right!.objectives[0]!.estimate);
    const readiness = (k: string) => views[k]!.readiness.predicted;
    expect(readiness('half')).toBeGreaterThan(readiness('wrong'));
    expect(readiness('half')).toBeLessThan(readiness('right'));
  });

  it('still calls a partly right answer "missed": it comes back in a practice of missed questions', async () => {
    const exam = await matchingExam();
    const [objective] = await rows('SELECT code FROM objectives WHERE exam_id = ?', [exam.id]);
    const learner = await createUser();
    await practiseAll(learner, exam.slug, String(objective!.code), 'half');
    const missed = await startPractice(
      learner,
      { examSlug: exam.slug, objectives: [String(objective!.code)], count: QUESTIONS, filter: 'missed' },
      at(minutes(30)),
    );
    const [drawn] = await rows('SELECT count(*) AS n FROM session_questions WHERE session_id = ?', [
      missed.id,
    ]);
    expect(drawn).toMatchObject({ n: QUESTIONS });
  });
});
