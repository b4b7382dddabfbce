import 'server-only';
import type { ResultSet } from '@libsql/client';
import { and, count, eq } from 'drizzle-orm';
import { examTargets, exams, questions, reviewCards } from '@/database/schema';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { localDayKey } from '@/lib/progress/time-zone';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { clearExamTargetSchema, examDateProblem, examTargetSchema } from '@/lib/validation/study-plan';
import { appDatabase, writeBatch } from '../db';
import type { RequestContext } from '../request-context';
import { num, str } from '../row-values';

export interface ExamTarget {
  examId: number;
  examDate: string;
  startDate: string;
  startSeen: number;
}

async function publishedExamId(slug: string): Promise<number | null> {
  const { db } = appDatabase();
  const [exam] = await db
    .select({ id: exams.id })
    .from(exams)
    .where(and(eq(exams.slug, slug), eq(exams.status, 'published')));
  return exam?.id ?? null;
}

/** Questions of the exam the learner has a card for (answered in a submitted attempt). */
async function seenQuestions(userId: string, examId: number): Promise<number> {
  const { db } = appDatabase();
  const [row] = await db
    .select({ n: count() })
    .from(reviewCards)
    .innerJoin(questions, eq(questions.id, reviewCards.questionId))
    .where(and(eq(reviewCards.userId, userId), eq(questions.examId, examId)));
  return row?.n ?? 0;
}

/**
 * Sets (or moves) the learner's exam date. The plan's pace is measured from today and from what
 * they have seen so far, so moving the date starts a fresh plan rather than a debt.
 */
export async function setExamTarget(
  actor: SessionUser | null,
  input: unknown,
  timeZone: string,
  ctx: RequestContext,
): Promise<ActionResult<{ examDate: string }>> {
  const user = assertUser(actor);
  const parsed = examTargetSchema.safeParse(input);
  if (!parsed.success) return fail('Check your exam date.', fieldErrorsOf(parsed.error));
  const { examSlug, examDate } = parsed.data;
  const today = localDayKey(ctx.now, timeZone);
  const problem = examDateProblem(examDate, today);
  if (problem) return fail(problem, { examDate: problem });
  const examId = await publishedExamId(examSlug);
  if (examId === null) return fail('This exam is not available.');
  const values = {
    examDate,
    startDate: today,
    startSeen: await seenQuestions(user.id, examId),
    updatedAt: new Date(ctx.now),
  };
  const { db } = appDatabase();
  await writeBatch([
    db
      .insert(examTargets)
      .values({ userId: user.id, examId, ...values })
      .onConflictDoUpdate({ target: [examTargets.userId, examTargets.examId], set: values }),
  ]);
  return ok({ examDate });
}

export async function clearExamTarget(
  actor: SessionUser | null,
  input: unknown,
): Promise<ActionResult<null>> {
  const user = assertUser(actor);
  const parsed = clearExamTargetSchema.safeParse(input);
  if (!parsed.success) return fail('Unknown exam.');
  const examId = await publishedExamId(parsed.data.examSlug);
  if (examId === null) return fail('This exam is not available.');
  const { db } = appDatabase();
  await writeBatch([
    db.delete(examTargets).where(and(eq(examTargets.userId, user.id), eq(examTargets.examId, examId))),
  ]);
  return ok(null);
}

/** The learner's exam dates by exam id. */
export async function listExamTargets(userId: string): Promise<Map<number, ExamTarget>> {
  const { db } = appDatabase();
  const rows = await db
    .select({
      examId: examTargets.examId,
      examDate: examTargets.examDate,
      startDate: examTargets.startDate,
      startSeen: examTargets.startSeen,
    })
    .from(examTargets)
    .where(eq(examTargets.userId, userId));
  return new Map(rows.map((row) => [row.examId, row]));
}

// listExamTargets as raw SQL, for the dashboard's read batch (a hot path). Argument: the learner.
export const TARGETS_SQL = `SELECT exam_id, exam_date, start_date, start_seen FROM exam_targets WHERE user_id = ?1`;

/** The rows of TARGETS_SQL, as listExamTargets gives them. */
export function examTargetsOf(result: ResultSet | undefined): Map<number, ExamTarget> {
  return new Map(
    (result?.rows ?? []).map((row) => [
      num(row.exam_id),
      {
        examId: num(row.exam_id),
        examDate: str(row.exam_date),
        startDate: str(row.start_date),
        startSeen: num(row.start_seen),
      },
    ]),
  );
}
