import 'server-only';
import { and, desc, eq, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { auditLog, users } from '@/database/schema';
import { auditQuerySchema } from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '../db';

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
export async function listStudioAudit(
  actor: SessionUser | null,
  input: unknown,
): Promise<{
  rows: AuditRow[];
  nextBefore: number | null;
  query: ReturnType<typeof auditQuerySchema.parse>;
}> {
  assertRole(actor, 'moderator');
  const query = auditQuerySchema.parse(input ?? {});
  const where: (SQL | undefined)[] = [like(auditLog.action, 'studio.%')];
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.actor)
    where.push(or(like(users.email, `%${query.actor}%`), like(users.name, `%${query.actor}%`)));
  if (query.target) where.push(eq(auditLog.targetId, query.target));
  if (query.before) where.push(lt(auditLog.id, query.before));
  const rows = await appDatabase()
    .db.select({
      id: auditLog.id,
      action: auditLog.action,
      actor: sql<string | null>`coalesce(${users.name} || ' <' || ${users.email} || '>', ${users.email})`,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({ ...r, createdAt: r.createdAt.getTime() }));
  return { rows: page, nextBefore: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null, query };
}
