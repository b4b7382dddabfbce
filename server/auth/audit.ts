import 'server-only';
import type { InStatement } from '@libsql/client';

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
  | 'admin.role_changed'
  | 'admin.user_disabled'
  | 'admin.user_enabled'
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
  | 'studio.report_resolved'
  | 'studio.report_dismissed'
  | 'studio.statistics_computed';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
  now: number;
}

/** An audit row, to be written in the same batch as the change it records. */
export function auditStatement(entry: AuditEntry): InStatement {
  return {
    sql: `INSERT INTO audit_log (actor_id, action, target_type, target_id, ip, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    args: [
      entry.actorId,
      entry.action,
      entry.targetType ?? null,
      entry.targetId ?? null,
      entry.ip ?? null,
      JSON.stringify(entry.details ?? {}),
      entry.now,
    ],
  };
}
