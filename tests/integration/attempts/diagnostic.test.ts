import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/exam/random';
import { saveAnswer } from '@/server/attempts/answers';
import { diagnosticStanding, startDiagnostic } from '@/server/attempts/diagnostic';
import { listAttempts } from '@/server/attempts/history';
import { submitAttempt } from '@/server/attempts/submit';
import { getDashboard } from '@/server/progress/dashboard';
import { rows } from '../../helpers/database';
import { createExam, createQuestion, createUser } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { attemptResult, keysOf, sessionRow } from './helpers';

/** 60 minutes for 30 questions (2 a minute); objectives of 10, 10, 1 and 0 questions. */
async function stratifiedExam() {
  const exam = await createExam({
    durationMinutes: 60,
    questionCount: 30,
    objectives: [{ weight: 40 }, { weight: 30 }, { weight: 20 }, { weight: 10 }],
  });
  const counts = [10, 10, 1, 0];
  for (const [i, count] of counts.entries())
    for (let n = 0; n < count; n += 1)
      await createQuestion({ examId: exam.id, objectiveId: exam.objectiveIds[i] });
  return exam;
}

describe('the diagnostic test', () => {
  it('is offered first, draws about two questions per objective, and once submitted is marked and counted as progress', async () => {
    const learner = await createUser();
    const exam = await stratifiedExam();
    expect(await diagnosticStanding(learner.id, exam.id)).toEqual({ firstVisit: true, taken: false });

    const started = await startDiagnostic(learner, { examSlug: exam.slug }, T0, seededRandom(1));
    expect(started.questionCount).toBe(5);
    // A second start (double click, second tab) resumes the open one.
    expect(await startDiagnostic(learner, { examSlug: exam.slug }, at(minutes(1)))).toEqual(started);
    const row = await sessionRow(started.id);
    expect(row).toMatchObject({ mode: 'practice', status: 'in_progress', question_count: 5 });
    // Timed at the exam's pace: 5 questions × 2 minutes.
    expect(Number(row.deadline_at) - T0.getTime()).toBe(minutes(10));
    expect(JSON.parse(String(row.settings))).toMatchObject({ source: 'diagnostic', durationMinutes: 10 });
    const keys = await keysOf(started.id);
    const perObjective = exam.objectiveIds.map((id) => keys.filter((k) => k.objectiveId === id).length);
    expect(perObjective).toEqual([2, 2, 1, 0]);
    expect(await diagnosticStanding(learner.id, exam.id)).toEqual({ firstVisit: false, taken: false });

    // Four right, one wrong; then submitted.
    for (const [i, k] of keys.entries())
      await saveAnswer(
        learner,
        started.id,
        { position: k.position, selected: i === 0 ? k.wrong.slice(0, 1) : k.correct, revision: 1 },
        at(minutes(2 + i)),
      );
    await submitAttempt(learner, started.id, at(minutes(8)));

    const result = await attemptResult(learner, started.id, at(minutes(9)));
    expect(result).toMatchObject({ diagnostic: true, mode: 'practice', correct: 4, total: 5, passed: null });
    const history = await listAttempts(learner, {}, at(minutes(9)));
    expect(history.items.find((a) => a.id === started.id)).toMatchObject({
      diagnostic: true,
      status: 'submitted',
    });
    expect(await diagnosticStanding(learner.id, exam.id)).toEqual({ firstVisit: false, taken: true });

    // It seeds progress: every question seen, review cards made, mastery per objective.
    const dashboard = await getDashboard(learner, { tz: 'UTC' }, at(minutes(10)));
    const progress = dashboard.exams.find((e) => e.slug === exam.slug);
    expect(progress).toMatchObject({ seen: 5, answered: 5, percentile: null });
    // The score history names it a diagnostic, not a plain practice session.
    expect(progress?.history).toEqual([expect.objectContaining({ sessionId: started.id, diagnostic: true })]);
    expect(progress?.objectives.some((o) => o.answered > 0)).toBe(true);
    expect(await rows('SELECT count(*) AS n FROM review_cards WHERE user_id = ?', [learner.id])).toEqual([
      { n: 5 },
    ]);
    // It is not a mock: never in the percentile's distribution.
    expect(
      await rows('SELECT count(*) AS n FROM latest_mock_scores WHERE user_id = ?', [learner.id]),
    ).toEqual([{ n: 0 }]);
  });

  it('caps an exam of many objectives at 20 minutes', async () => {
    const learner = await createUser();
    // 12 objectives × 2 = 24 questions, but at 2 minutes each only 10 fit in 20 minutes.
    const exam = await createExam({
      durationMinutes: 60,
      questionCount: 30,
      objectives: Array.from({ length: 12 }, (_, i) => ({ weight: i < 4 ? 10 : 7.5 })),
    });
    for (const id of exam.objectiveIds)
      for (let n = 0; n < 3; n += 1) await createQuestion({ examId: exam.id, objectiveId: id });
    const started = await startDiagnostic(learner, { examSlug: exam.slug }, T0, seededRandom(2));
    expect(started.questionCount).toBe(10);
    const row = await sessionRow(started.id);
    expect(Number(row.deadline_at) - T0.getTime()).toBe(minutes(20));
  });

  it('refuses an exam without questions with a clear message', async () => {
    const learner = await createUser();
    const exam = await createExam();
    await expect(startDiagnostic(learner, { examSlug: exam.slug }, T0)).rejects.toThrow(
      'This exam has no questions yet.',
    );
  });
});
