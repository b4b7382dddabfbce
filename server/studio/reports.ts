import 'server-only';
import type { ResultSet } from '@libsql/client';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { exams, questionReports, questions, questionVersions, users } from '@/database/schema';
import type { RateLimitPolicy } from '@/lib/security/rate-limit-policy';
import { reportFormSchema, resolveReportSchema, studioFieldErrors } from '@/lib/validation/studio';
import { assertRole, assertUser, type SessionUser } from '@/lib/auth/guards';
import { auditIfChangedStatement } from '../auth/audit';
import { appDatabase, writeBatch } from '../db';
import { spendSlot, takeLimit } from '../rate-limit';
import type { RequestContext } from '../request-context';
import { isCurrentVersion } from './current-version';
import { notFound, StudioError } from './errors';

/**
 * How many question reports one user may send: 20 an hour, plenty for real problems and a wall
 * for scripted floods. A rate limit on sending, not a rule about what may be reported.
 */
export const REPORT_RATE_LIMIT: RateLimitPolicy = {
  windowMs: 60 * 60_000,
  maxFailures: 20,
  freeAttempts: 20,
  baseDelayMs: 0,
  maxDelayMs: 0,
};

export interface ReportView {
  id: number;
  questionId: number;
  questionVersion: number | null;
  stem: string;
  examTitle: string;
  reason: string;
  details: string;
  status: 'open' | 'resolved' | 'dismissed';
  reply: string | null;
  reporter?: string;
  resolvedBy?: string | null;
  createdAt: number;
  resolvedAt: number | null;
}

/** Any signed-in user may report a question of a published exam (staff: any exam). */
export async function createReport(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<{ id: number }> {
  const user = assertUser(actor);
  const parsed = reportFormSchema.safeParse(input);
  if (!parsed.success) throw new StudioError('Check the report.', studioFieldErrors(parsed.error));
  const report = parsed.data;
  const { db } = appDatabase();
  const shown = alias(questionVersions, 'shown');
  const [question] = await db
    .select({ status: exams.status, shownVersionId: shown.id, currentVersionId: questionVersions.id })
    .from(questions)
    .innerJoin(exams, eq(exams.id, questions.examId))
    .innerJoin(questionVersions, isCurrentVersion)
    .leftJoin(shown, and(eq(shown.questionId, questions.id), eq(shown.id, report.questionVersionId ?? 0)))
    .where(eq(questions.id, report.questionId));
  if (!question || (question.status !== 'published' && user.role === 'learner')) throw notFound('question');
  if (report.questionVersionId !== undefined && question.shownVersionId === null)
    throw notFound('question version');
  const key = { bucket: 'question_report', key: user.id, policy: REPORT_RATE_LIMIT };
  const slot = await takeLimit(key, ctx.now, 'You have sent many reports in the last hour.');
  const [[created]] = await spendSlot(slot, () =>
    writeBatch([
      db
        .insert(questionReports)
        .values({
          questionId: report.questionId,
          questionVersionId: report.questionVersionId ?? question.currentVersionId,
          userId: user.id,
          reason: report.reason,
          details: report.details,
          status: 'open',
          createdAt: new Date(ctx.now),
        })
        .returning({ id: questionReports.id }),
    ]),
  );
  return { id: (created as { id: number }).id };
}

const shownVersion = alias(questionVersions, 'shown');
const reporter = alias(users, 'reporter');
const resolver = alias(users, 'resolver');

/** Reports with their question's current stem and exam, the version reported and who is involved (shown to staff only). */
function selectReports() {
  const r = questionReports;
  return appDatabase()
    .db.select({
      id: r.id,
      questionId: r.questionId,
      questionVersion: shownVersion.version,
      stem: sql<string>`substr(${questionVersions.stem}, 1, 300)`,
      examTitle: exams.title,
      reason: r.reason,
      details: r.details,
      status: r.status,
      reply: r.reply,
      createdAt: r.createdAt,
      resolvedAt: r.resolvedAt,
      reporter: sql<string | null>`coalesce(${reporter.name}, ${reporter.email})`,
      resolvedBy: sql<string | null>`coalesce(${resolver.name}, ${resolver.email})`,
    })
    .from(r)
    .innerJoin(questions, eq(questions.id, r.questionId))
    .innerJoin(exams, eq(exams.id, questions.examId))
    .innerJoin(questionVersions, isCurrentVersion)
    .leftJoin(shownVersion, eq(shownVersion.id, r.questionVersionId))
    .leftJoin(reporter, eq(reporter.id, r.userId))
    .leftJoin(resolver, eq(resolver.id, r.resolvedBy))
    .$dynamic();
}

type ReportRow = Awaited<ReturnType<typeof selectReports>>[number];

function toView(
  { createdAt, resolvedAt, reporter: by, resolvedBy, ...row }: ReportRow,
  staff: boolean,
): ReportView {
  return {
    ...row,
    ...(staff ? { reporter: by ?? '', resolvedBy: resolvedBy ?? null } : {}),
    createdAt: createdAt.getTime(),
    resolvedAt: resolvedAt?.getTime() ?? null,
  };
}

/** A learner's own reports, newest first (never anyone else's). */
export async function listMyReports(actor: SessionUser | null): Promise<ReportView[]> {
  const user = assertUser(actor);
  const rows = await selectReports()
    .where(eq(questionReports.userId, user.id))
    .orderBy(desc(questionReports.createdAt))
    .limit(200);
  return rows.map((r) => toView(r, false));
}

export async function listReportQueue(
  actor: SessionUser | null,
  status: 'open' | 'resolved' | 'dismissed' = 'open',
  questionId?: number,
): Promise<ReportView[]> {
  assertRole(actor, 'moderator');
  const r = questionReports;
  const rows = await selectReports()
    .where(and(eq(r.status, status), questionId ? eq(r.questionId, questionId) : undefined))
    .orderBy(status === 'open' ? asc(r.createdAt) : desc(r.createdAt))
    .limit(200);
  return rows.map((row) => toView(row, true));
}

export async function countOpenReports(actor: SessionUser | null): Promise<number> {
  assertRole(actor, 'moderator');
  return appDatabase().db.$count(questionReports, eq(questionReports.status, 'open'));
}

/** Resolve or dismiss an open report with a reply the learner sees; audited in the same batch. */
export async function resolveReport(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const parsed = resolveReportSchema.safeParse(input);
  if (!parsed.success) throw new StudioError('Check the reply.', studioFieldErrors(parsed.error));
  const { reportId, decision, reply } = parsed.data;
  const { db } = appDatabase();
  const r = questionReports;
  const [report] = await db
    .select({ questionId: r.questionId, status: r.status })
    .from(r)
    .where(eq(r.id, reportId));
  if (!report) throw notFound('report');
  if (report.status !== 'open')
    throw new StudioError('This report was already answered.', undefined, 'conflict');
  const [updated] = await writeBatch([
    db
      .update(r)
      .set({ status: decision, reply, resolvedBy: user.id, resolvedAt: new Date(ctx.now) })
      .where(and(eq(r.id, reportId), eq(r.status, 'open'))),
    auditIfChangedStatement({
      actorId: user.id,
      action: decision === 'resolved' ? 'studio.report_resolved' : 'studio.report_dismissed',
      targetType: 'question',
      targetId: String(report.questionId),
      ip: ctx.ip,
      details: { reportId, reply },
      now: ctx.now,
    }),
  ]);
  if ((updated as ResultSet).rowsAffected === 0)
    throw new StudioError('This report was already answered.', undefined, 'conflict');
}
