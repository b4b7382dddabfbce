import 'server-only';
import type { InValue } from '@libsql/client';
import { auditQuerySchema } from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '../auth/guards';
import { appDatabase } from '../db';
import { num, parseJson, str, strOrNull } from './rows';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: number;
  action: string;
  actor: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  createdAt: number;
}

/** The studio's audit trail (studio.* actions only: account events stay with admins), newest first, keyset-paged by id. */
export async function listStudioAudit(actor: SessionUser | null, input: unknown): Promise<{ rows: AuditRow[]; nextBefore: number | null; query: ReturnType<typeof auditQuerySchema.parse> }> {
  assertRole(actor, 'moderator');
  const query = auditQuerySchema.parse(input ?? {});
  const where = ["a.action LIKE 'studio.%'"];
  const args: InValue[] = [];
  if (query.action) {
    where.push('a.action = ?');
    args.push(query.action);
  }
  if (query.actor) {
    where.push('(u.email LIKE ? OR u.name LIKE ?)');
    args.push(`%${query.actor}%`, `%${query.actor}%`);
  }
  if (query.target) {
    where.push('a.target_id = ?');
    args.push(query.target);
  }
  if (query.before) {
    where.push('a.id < ?');
    args.push(query.before);
  }
  const { rows } = await appDatabase().client.execute({
    sql: `SELECT a.id, a.action, coalesce(u.name || ' <' || u.email || '>', u.email) AS actor, a.target_type, a.target_id, a.details, a.created_at
          FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
          WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT ${AUDIT_PAGE_SIZE + 1}`,
    args,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
    id: num(r.id),
    action: str(r.action),
    actor: strOrNull(r.actor),
    targetType: strOrNull(r.target_type),
    targetId: strOrNull(r.target_id),
    details: parseJson<Record<string, unknown>>(r.details, {}),
    createdAt: num(r.created_at),
  }));
  return { rows: page, nextBefore: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null, query };
}
