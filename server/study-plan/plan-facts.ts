import 'server-only';
import { planToday, type ExamPlanView, type PlanObjective } from '@/lib/study-plan/daily-plan';
import { localDayKey, startOfLocalDay } from '@/lib/progress/time-zone';
import type { ExamProgressView } from '@/lib/progress/views';
import type { InStatement, ResultSet } from '@libsql/client';
import { num } from '../row-values';
import type { ExamTarget } from './targets';

// Per objective of the exams with a date: questions seen (a card each) and first seen today.
// Bounded by the learner's cards in those exams; only learners who set a date have any. The
// EXISTS names no table of the loop, so SQLite checks it once before it: a learner without a
// date (most) costs one index probe, not a pass over their cards.
// Arguments: the learner, the start of their today.
export const PLAN_SEEN_SQL = `SELECT q.objective_id, count(*) AS seen, coalesce(sum(c.created_at >= ?2), 0) AS new_today
    FROM review_cards c JOIN questions q ON q.id = c.question_id AND q.is_active = 1
    WHERE EXISTS (SELECT 1 FROM exam_targets WHERE user_id = ?1)
      AND c.user_id = ?1 AND q.exam_id IN (SELECT exam_id FROM exam_targets WHERE user_id = ?1)
    GROUP BY q.objective_id`;

// The learner's latest review or answer: two index probes (user_id, time).
export const LAST_STUDY_SQL = `SELECT max(at) AS at FROM (
    SELECT max(reviewed_at) AS at FROM review_logs WHERE user_id = ?1
    UNION ALL SELECT max(answered_at) FROM user_answers WHERE user_id = ?1)`;

interface PlannedExam {
  id: number;
  view: ExamProgressView;
  /** Objective id → code, for the seen counts. */
  objectiveCodes: Map<number, string>;
}

export interface PlanReads {
  seen: ResultSet | undefined;
  last: ResultSet | undefined;
}

/**
 * The plan's two small reads, which need only the learner: the dashboard sends them in its one
 * read batch (planFactsOf turns that batch's results back into PlanReads).
 */
export function planFactsStatements(userId: string, now: Date, timeZone: string): InStatement[] {
  const todayStart = startOfLocalDay(localDayKey(now, timeZone), timeZone);
  return [
    { sql: PLAN_SEEN_SQL, args: [userId, todayStart] },
    { sql: LAST_STUDY_SQL, args: [userId] },
  ];
}

/**
 * Today's plan for each exam the learner has set a date for, from the dashboard's own figures
 * (mastery, readiness, score history, cards due) plus the two small reads of planFactsStatements.
 */
export function planExams(
  exams: readonly PlannedExam[],
  targets: ReadonlyMap<number, ExamTarget>,
  now: Date,
  timeZone: string,
  reads: PlanReads,
): Map<number, ExamPlanView> {
  const planned = exams.filter((exam) => targets.has(exam.id));
  const plans = new Map<number, ExamPlanView>();
  if (planned.length === 0) return plans;
  const today = localDayKey(now, timeZone);
  const todayStart = startOfLocalDay(today, timeZone);
  const seenByObjective = new Map(
    (reads.seen?.rows ?? []).map((row) => [
      num(row.objective_id),
      { seen: num(row.seen), newToday: num(row.new_today) },
    ]),
  );
  const lastStudyAt = reads.last?.rows[0]?.at;

  for (const exam of planned) {
    const target = targets.get(exam.id)!;
    const seenByCode = new Map(
      [...exam.objectiveCodes].map(([id, code]) => [
        code,
        seenByObjective.get(id) ?? { seen: 0, newToday: 0 },
      ]),
    );
    const objectives: PlanObjective[] = exam.view.objectives.map((o) => ({
      code: o.code,
      title: o.title,
      weight: o.weight,
      mastery: o.level === 'unknown' ? null : o.estimate,
      bankSize: o.bankSize,
      seen: seenByCode.get(o.code)?.seen ?? 0,
    }));
    const mocks = exam.view.history.filter((point) => point.mode === 'mock');
    const lastMock = mocks.at(-1);
    const plan = planToday({
      today,
      examDate: target.examDate,
      start: { date: target.startDate, seen: target.startSeen },
      objectives,
      reviewsDue: exam.view.dueToday,
      predicted: exam.view.readiness.enoughData ? exam.view.readiness.predicted : null,
      passingScore: exam.view.passingScore,
      lastMockDate: lastMock ? localDayKey(lastMock.at, timeZone) : null,
      lastStudyDate: lastStudyAt == null ? null : localDayKey(num(lastStudyAt), timeZone),
      doneToday: {
        newQuestions: [...seenByCode.values()].reduce((sum, o) => sum + o.newToday, 0),
        mock: lastMock !== undefined && lastMock.at >= todayStart,
      },
    });
    plans.set(exam.id, { ...plan, examDate: target.examDate });
  }
  return plans;
}
