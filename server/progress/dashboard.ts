import 'server-only';
import { buildExamProgress } from '@/lib/progress/exam-progress';
import type { DashboardView } from '@/lib/progress/views';
import { reviewFieldErrors, dashboardQuerySchema } from '@/lib/validation/review';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { catchUpFromReads } from '@/server/review/catch-up';
import { ReviewInputError } from '@/lib/review/errors';
import { cardCountsOf } from './card-counts';
import { dashboardFactsOf, readDashboard, type DashboardReads } from './dashboard-reads';
import { objectiveFactsOf, studiedExamsOf } from './exam-facts';
import { latestMocksOf, scoreHistoryOf } from './session-scores';
import { studyStreak } from './study-days';
import { planExams } from '../study-plan/plan-facts';
import { examTargetsOf } from '../study-plan/targets';
import { latestMockPercentilesOf } from '../percentile/queries';

/**
 * The signed-in learner's dashboard: per exam they study, readiness, mastery per objective,
 * score history, questions seen, study time and cards due today; plus their streak. `query`
 * carries the learner's IANA time zone (`tz`), which decides where "today" ends.
 *
 * One read batch (dashboard-reads.ts) whatever the learner's history, of indexed reads (see
 * bench/progress.bench.ts): totals come from progress_objective_totals, mastery from a fixed
 * window of recent answers. Raw SQL on purpose in every reader (card-counts, exam-facts,
 * recent-answers, session-scores, study-days): their plans are checked by bench/progress-plans.ts.
 *
 * `preloaded`: the same batch started before the session check answered (the page's); used
 * only when it was read for this learner, zone and instant, else read here.
 */
export async function getDashboard(
  actor: SessionUser | null,
  query: unknown,
  now: Date,
  preloaded?: Promise<DashboardReads | null>,
): Promise<DashboardView> {
  const user = assertUser(actor);
  const parsed = dashboardQuerySchema.safeParse(query);
  if (!parsed.success)
    throw new ReviewInputError('The dashboard request was malformed.', reviewFieldErrors(parsed.error));
  const { tz } = parsed.data;
  const early = await preloaded?.catch(() => null);
  const reads =
    early && early.userId === user.id && early.timeZone === tz && early.now === now.getTime()
      ? early
      : await readDashboard(user.id, now, tz);
  // The catch-up's check came in the same batch; in the rare case it changed the cards (a
  // learner's first visit, a submit whose sync failed), everything is read again.
  const synced = await catchUpFromReads(user.id, now, dashboardFactsOf(reads).catchUp);
  return buildDashboard(user, tz, now, synced > 0 ? await readDashboard(user.id, now, tz) : reads);
}

async function buildDashboard(
  user: SessionUser,
  tz: string,
  now: Date,
  reads: DashboardReads,
): Promise<DashboardView> {
  const facts = dashboardFactsOf(reads);
  const exams = studiedExamsOf(facts.studied);
  const streak = await studyStreak(user.id, now, tz, facts.recentDays);
  if (exams.length === 0)
    return { generatedAt: now.getTime(), timeZone: tz, streak, studyTimeMs: 0, dueToday: 0, exams: [] };

  const { objectives, windows } = objectiveFactsOf(facts.objectives);
  const cards = cardCountsOf(facts.cards);
  const history = scoreHistoryOf(facts.history);
  const mocks = latestMocksOf(facts.mocks);
  const views = exams.map((exam) => {
    const examObjectives = objectives.filter((o) => o.examId === exam.id);
    const objectiveIds = new Set(examObjectives.map((o) => o.id));
    return buildExamProgress({
      exam,
      objectives: examObjectives,
      windows: windows.filter((w) => objectiveIds.has(w.objectiveId)),
      mocks: mocks.get(exam.id) ?? [],
      history: history.get(exam.id) ?? [],
      seen: cards.get(exam.id)?.seen ?? 0,
      dueToday: cards.get(exam.id)?.due ?? 0,
    });
  });
  const plans = planExams(
    exams.map((exam, i) => ({
      id: exam.id,
      view: views[i]!,
      objectiveCodes: new Map(objectives.filter((o) => o.examId === exam.id).map((o) => [o.id, o.code])),
    })),
    examTargetsOf(facts.targets),
    now,
    tz,
    facts.plan,
  );
  const percentiles = latestMockPercentilesOf(facts.percentiles);
  exams.forEach((exam, i) => {
    views[i]!.plan = plans.get(exam.id) ?? null;
    views[i]!.percentile = percentiles.get(exam.id) ?? null;
  });
  return {
    generatedAt: now.getTime(),
    timeZone: tz,
    streak,
    studyTimeMs: views.reduce((sum, v) => sum + v.studyTimeMs, 0),
    dueToday: views.reduce((sum, v) => sum + v.dueToday, 0),
    exams: views,
  };
}
