import 'server-only';
import type { InStatement, InValue } from '@libsql/client';
import type { ThrottlePolicy } from '@/lib/auth/throttle-policy';
import { reportFormSchema, resolveReportSchema, studioFieldErrors } from '@/lib/validation/studio';
import { assertRole, assertUser, type SessionUser } from '../auth/guards';
import { auditStatement } from '../auth/audit';
import { appDatabase } from '../db';
import { spendSlot, takeLimit } from '../rate-limit';
import type { RequestContext } from '../request-context';
import { notFound, StudioError } from './errors';
import { num, str, strOrNull } from './rows';

/** 20 reports per hour per learner: plenty for real problems, a wall for scripted floods. */
export const REPORT_POLICY: ThrottlePolicy = { windowMs: 60 * 60_000, maxFailures: 20, freeAttempts: 20, baseDelayMs: 0, maxDelayMs: 0 };

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
export async function createReport(actor: SessionUser | null, input: unknown, ctx: RequestContext): Promise<{ id: number }> {
  const user = assertUser(actor);
  const parsed = reportFormSchema.safeParse(input);
  if (!parsed.success) throw new StudioError('Check the report.', studioFieldErrors(parsed.error));
  const report = parsed.data;
  const { client } = appDatabase();
  const { rows } = await client.execute({
    sql: `SELECT q.id, e.status, (SELECT v.id FROM question_versions v WHERE v.question_id = q.id AND v.id = ?) AS version_id,
            (SELECT v.id FROM question_versions v WHERE v.question_id = q.id AND v.version = q.current_version) AS current_version_id
          FROM questions q JOIN exams e ON e.id = q.exam_id WHERE q.id = ?`,
    args: [report.questionVersionId ?? 0, report.questionId],
  });
  const question = rows[0];
  if (!question || (question.status !== 'published' && user.role === 'learner')) throw notFound('question');
  if (report.questionVersionId !== undefined && question.version_id === null) throw notFound('question version');
  const key = { bucket: 'question_report', key: user.id, policy: REPORT_POLICY };
  const slot = await takeLimit(key, ctx.now, 'You have sent many reports in the last hour.');
  const results = await spendSlot(slot, () => appDatabase().write((_db, c) =>
    c.batch(
      [
        {
          sql: 'INSERT INTO question_reports (question_id, question_version_id, user_id, reason, details, status, created_at) VALUES (?, ?, ?, ?, ?, \'open\', ?)',
          args: [report.questionId, report.questionVersionId ?? num(question.current_version_id), user.id, report.reason, report.details, ctx.now],
        },
      ],
      'write',
    ),
  ));
  return { id: Number(results[0]!.lastInsertRowid) };
}

const REPORT_SELECT = `SELECT r.id, r.question_id, v.version, substr(cv.stem, 1, 300) AS stem, e.title AS exam_title, r.reason, r.details, r.status, r.reply,
    r.created_at, r.resolved_at, coalesce(ru.name, ru.email) AS reporter, coalesce(mu.name, mu.email) AS resolver
  FROM question_reports r
  JOIN questions q ON q.id = r.question_id
  JOIN exams e ON e.id = q.exam_id
  JOIN question_versions cv ON cv.question_id = q.id AND cv.version = q.current_version
  LEFT JOIN question_versions v ON v.id = r.question_version_id
  LEFT JOIN users ru ON ru.id = r.user_id
  LEFT JOIN users mu ON mu.id = r.resolved_by`;

function toView(r: Record<string, unknown>, staff: boolean): ReportView {
  return {
    id: num(r.id),
    questionId: num(r.question_id),
    questionVersion: r.version === null ? null : num(r.version),
    stem: str(r.stem),
    examTitle: str(r.exam_title),
    reason: str(r.reason),
    details: str(r.details),
    status: r.status === 'resolved' ? 'resolved' : r.status === 'dismissed' ? 'dismissed' : 'open',
    reply: strOrNull(r.reply),
    ...(staff ? { reporter: str(r.reporter), resolvedBy: strOrNull(r.resolver) } : {}),
    createdAt: num(r.created_at),
    resolvedAt: r.resolved_at === null ? null : num(r.resolved_at),
  };
}

/** A learner's own reports, newest first (never anyone else's). */
export async function listMyReports(actor: SessionUser | null): Promise<ReportView[]> {
  const user = assertUser(actor);
  const { rows } = await appDatabase().client.execute({ sql: `${REPORT_SELECT} WHERE r.user_id = ? ORDER BY r.created_at DESC LIMIT 200`, args: [user.id] });
  return rows.map((r) => toView(r as unknown as Record<string, unknown>, false));
}

export async function listReportQueue(actor: SessionUser | null, status: 'open' | 'resolved' | 'dismissed' = 'open', questionId?: number): Promise<ReportView[]> {
  assertRole(actor, 'moderator');
  const { rows } = await appDatabase().client.execute({
    sql: `${REPORT_SELECT} WHERE r.status = ? ${questionId ? 'AND r.question_id = ?' : ''} ORDER BY r.created_at ${status === 'open' ? 'ASC' : 'DESC'} LIMIT 200`,
    args: questionId ? [status, questionId] : [status],
  });
  return rows.map((r) => toView(r as unknown as Record<string, unknown>, true));
}

export async function countOpenReports(actor: SessionUser | null): Promise<number> {
  assertRole(actor, 'moderator');
  const { rows } = await appDatabase().client.execute("SELECT count(*) AS n FROM question_reports WHERE status = 'open'");
  return num(rows[0]?.n);
}

/** The audit row only when the statement before it changed a row (a lost race writes nothing). */
function onlyIfChanged(input: InStatement): InStatement {
  const statement = input as { sql: string; args: InValue[] };
  return { sql: statement.sql.replace(/VALUES \((.*)\)$/s, 'SELECT $1 WHERE changes() = 1'), args: statement.args };
}

/** Resolve or dismiss an open report with a reply the learner sees; audited in the same batch. */
export async function resolveReport(actor: SessionUser | null, input: unknown, ctx: RequestContext): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const parsed = resolveReportSchema.safeParse(input);
  if (!parsed.success) throw new StudioError('Check the reply.', studioFieldErrors(parsed.error));
  const { reportId, decision, reply } = parsed.data;
  const { rows } = await appDatabase().client.execute({ sql: 'SELECT question_id, status FROM question_reports WHERE id = ?', args: [reportId] });
  const report = rows[0];
  if (!report) throw notFound('report');
  if (report.status !== 'open') throw new StudioError('This report was already answered.', undefined, 'conflict');
  const results = await appDatabase().write((_db, client) =>
    client.batch(
      [
        {
          sql: "UPDATE question_reports SET status = ?, reply = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'open'",
          args: [decision, reply, user.id, ctx.now, reportId],
        },
        onlyIfChanged(auditStatement({
          actorId: user.id,
          action: decision === 'resolved' ? 'studio.report_resolved' : 'studio.report_dismissed',
          targetType: 'question',
          targetId: String(report.question_id),
          ip: ctx.ip,
          details: { reportId, reply },
          now: ctx.now,
        })),
      ],
      'write',
    ),
  );
  if (results[0]!.rowsAffected === 0) throw new StudioError('This report was already answered.', undefined, 'conflict');
}
