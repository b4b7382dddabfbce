import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { auditLog } from '@/database/schema';
import { appDatabase } from '../db';

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.sign_up'
  | 'auth.email_verified'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.password_changed'
  | 'auth.signed_out_everywhere'
  | 'account.profile_updated'
  | 'account.exported'
  | 'account.deleted'
  | 'account.deletion_scheduled'
  | 'account.deletion_cancelled'
  | 'admin.role_changed'
  | 'admin.user_disabled'
  | 'admin.user_enabled'
  | 'admin.job_retried'
  | 'studio.exam_created'
  | 'studio.exam_updated'
  | 'studio.exam_published'
  | 'studio.exam_unpublished'
  | 'studio.objective_created'
  | 'studio.objective_updated'
  | 'studio.objective_deleted'
  | 'studio.question_created'
  | 'studio.question_edited'
  | 'studio.question_restored'
  | 'studio.question_retired'
  | 'studio.question_reactivated'
  | 'studio.questions_imported'
  | 'studio.question_generated'
  | 'studio.report_resolved'
  | 'studio.report_dismissed'
  | 'studio.statistics_computed'
  | 'studio.case_study_created'
  | 'studio.case_study_updated'
  | 'studio.question_case_changed';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  /** Or an expression, for a row the same batch inserts (its id is not known before). */
  targetId?: string | SQL;
  ip?: string | null;
  details?: Record<string, unknown>;
  now: number;
}

function auditValues(entry: AuditEntry) {
  return {
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
    createdAt: new Date(entry.now),
  };
}

/** An audit row, to be written in the same batch as the change it records. */
export function auditStatement(entry: AuditEntry) {
  return appDatabase().db.insert(auditLog).values(auditValues(entry));
}

/** An audit row of what a user did to their own account (actor and target are that user). */
export function ownAccountAuditStatement(
  userId: string,
  action: AuditAction,
  at: { ip?: string | null; now: number },
  details?: Record<string, unknown>,
) {
  return auditStatement({
    actorId: userId,
    action,
    targetType: 'user',
    targetId: userId,
    ip: at.ip,
    now: at.now,
    details,
  });
}

/**
 * The audit row only when the statement right before it in the batch changed a row, so a lost
 * race records nothing. INSERT … VALUES has no WHERE: the `sql` template says it.
 */
export function auditIfChangedStatement(entry: AuditEntry) {
  const v = auditValues(entry);
  return appDatabase().db.run(
    sql`INSERT INTO ${auditLog} (actor_id, action, target_type, target_id, ip, details, created_at)
        SELECT ${v.actorId}, ${v.action}, ${v.targetType}, ${v.targetId}, ${v.ip}, ${JSON.stringify(v.details)}, ${entry.now} WHERE changes() = 1`,
  );
}
