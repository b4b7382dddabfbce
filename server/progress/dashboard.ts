import 'server-only';
import { buildExamProgress } from '@/lib/progress/exam-progress';
import { endOfLocalToday } from '@/lib/progress/time-zone';
import type { DashboardView } from '@/lib/progress/views';
import { reviewFieldErrors, dashboardQuerySchema } from '@/lib/validation/review';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { catchUpReviewSync } from '@/server/review/catch-up';
import { ReviewInputError } from '@/lib/review/errors';
import { countCardsByExam } from './card-counts';
import { listObjectiveFacts, listStudiedExams } from './exam-facts';
import { listObjectiveWindows } from './recent-answers';
import { listLatestMocks, listScoreHistory } from './session-scores';
import { studyStreak } from './study-days';
import { planExams, readPlanFacts } from '../study-plan/plan-facts';
import { listExamTargets } from '../study-plan/targets';
import { percentileOfLatestMock } from '../percentile/queries';

/**
 * The signed-in learner's dashboard: per exam they study, readiness, mastery per objective,
 * score history, questions seen, study time and cards due today; plus their streak. `query`
 * carries the learner's IANA time zone (`tz`), which decides where "today" ends.
 *
 * About a dozen indexed reads whatever the learner's history (see bench/progress.bench.ts):
 * totals come from progress_objective_totals, mastery from a fixed window of recent answers.
 * Raw SQL on purpose in every reader below (card-counts, exam-facts, recent-answers,
 * session-scores, study-days): p50 6.9 ms for a learner with 50,000 answers against a 15 ms
 * target, 1.8 ms for a typical learner; their plans are checked by bench/progress-plans.ts.
 */
export async function getDashboard(
  actor: SessionUser | null,
  query: unknown,
  now: Date,
): Promise<DashboardView> {
  const user = assertUser(actor);
  const parsed = dashboardQuerySchema.safeParse(query);
  if (!parsed.success)
    throw new ReviewInputError('The dashboard request was malformed.', reviewFieldErrors(parsed.error));
  const { tz } = parsed.data;
  // Built together with the catch-up sync's check (one round-trip time less against a remote
  // primary); in the rare case the sync changed the cards, built again.
  const [synced, view] = await Promise.all([catchUpReviewSync(user.id, now), buildDashboard(user, tz, now)]);
  return synced > 0 ? buildDashboard(user, tz, now) : view;
}

async function buildDashboard(user: SessionUser, tz: string, now: Date): Promise<DashboardView> {
  const dayEndsAt = endOfLocalToday(now, tz);
  const [exams, streak, targets] = await Promise.all([
    listStudiedExams(user.id),
    studyStreak(user.id, now, tz),
    listExamTargets(user.id),
  ]);
  if (exams.length === 0)
    return { generatedAt: now.getTime(), timeZone: tz, streak, studyTimeMs: 0, dueToday: 0, exams: [] };

  const examIds = exams.map((e) => e.id);
  // Everything that needs only the exams goes out at once (one round-trip time against a remote
  // primary): the plan's reads and the percentiles too, though they are used last.
  const planReads = readPlanFacts(
    user.id,
    examIds.filter((id) => targets.has(id)),
    now,
    tz,
  );
  planReads.catch(() => undefined);
  const percentilesRead = Promise.all(exams.map((exam) => percentileOfLatestMock(exam.id, user.id, now)));
  percentilesRead.catch(() => undefined);
  const [objectives, cards, scores] = await Promise.all([
    listObjectiveFacts(user.id, examIds),
    countCardsByExam(user.id, dayEndsAt),
    Promise.all(
      exams.map(async (exam) => {
        const [history, mocks] = await Promise.all([
          listScoreHistory(user.id, exam.id),
          listLatestMocks(user.id, exam.id),
        ]);
        return { history, mocks };
      }),
    ),
  ]);
  const mocksByExam = new Map(exams.map((exam, i) => [exam.id, scores[i]!.mocks]));
  const windows = await listObjectiveWindows(
    user.id,
    objectives.map((o) => ({
      objectiveId: o.id,
      mockSessionIds: (mocksByExam.get(o.examId) ?? []).map((m) => m.sessionId),
    })),
  );
  const views = exams.map((exam, i) => {
    const examObjectives = objectives.filter((o) => o.examId === exam.id);
    const objectiveIds = new Set(examObjectives.map((o) => o.id));
    return buildExamProgress({
      exam,
      objectives: examObjectives,
      windows: windows.filter((w) => objectiveIds.has(w.objectiveId)),
      mocks: scores[i]!.mocks,
      history: scores[i]!.history,
      seen: cards.get(exam.id)?.seen ?? 0,
      dueToday: cards.get(exam.id)?.due ?? 0,
    });
  });
  const plans = await planExams(
    user.id,
    exams.map((exam, i) => ({
      id: exam.id,
      view: views[i]!,
      objectiveCodes: new Map(objectives.filter((o) => o.examId === exam.id).map((o) => [o.id, o.code])),
    })),
    targets,
    now,
    tz,
    planReads,
  );
  exams.forEach((exam, i) => (views[i]!.plan = plans.get(exam.id) ?? null));
  const percentiles = await percentilesRead;
  exams.forEach((_, i) => (views[i]!.percentile = percentiles[i] ?? null));
  return {
    generatedAt: now.getTime(),
    timeZone: tz,
    streak,
    studyTimeMs: views.reduce((sum, v) => sum + v.studyTimeMs, 0),
    dueToday: views.reduce((sum, v) => sum + v.dueToday, 0),
    exams: views,
  };
}
