import 'server-only';
import { asc, count, desc, eq, or, sql } from 'drizzle-orm';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { fieldErrorsOf, roleChangeSchema, userIdSchema, userSearchSchema } from '@/lib/validation/auth';
import { users, type UserRole } from '@/database/schema';
import { appDatabase, writeBatch } from '../db';
import { auditStatement } from '../auth/audit';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import type { RequestContext } from '../request-context';

export const USERS_PAGE_SIZE = 25;

export interface AdminUserRow {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  verified: boolean;
  disabled: boolean;
  createdAt: string;
}

export async function listUsers(
  actor: SessionUser | null,
  input: unknown,
): Promise<{ users: AdminUserRow[]; total: number; page: number; pageSize: number }> {
  assertRole(actor, 'admin');
  // The schema falls back on every field (a long search is cut, a bad page is 1); only a non-object input fails it.
  const parsed = userSearchSchema.safeParse(input ?? {});
  const { q, page } = parsed.success ? parsed.data : { q: '', page: 1 };
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // drizzle's like() has no ESCAPE clause: the `sql` template says it.
  const where = q
    ? or(sql`${users.email} LIKE ${pattern} ESCAPE '\\'`, sql`${users.name} LIKE ${pattern} ESCAPE '\\'`)
    : undefined;
  const { db } = appDatabase();
  const [list, [counted]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        emailVerifiedAt: users.emailVerifiedAt,
        disabledAt: users.disabledAt,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), asc(users.email))
      .limit(USERS_PAGE_SIZE)
      .offset((page - 1) * USERS_PAGE_SIZE),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return {
    users: list.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.name,
      role: r.role,
      verified: r.emailVerifiedAt !== null,
      disabled: r.disabledAt !== null,
      createdAt: r.createdAt.toISOString(),
    })),
    total: counted?.n ?? 0,
    page,
    pageSize: USERS_PAGE_SIZE,
  };
}

/** Changing a role ends the user's sessions so the new role applies on their next request. */
export async function changeUserRole(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<ActionResult<{ role: UserRole }>> {
  const admin = assertRole(actor, 'admin');
  const parsed = roleChangeSchema.safeParse(input);
  if (!parsed.success) return fail('Choose a valid user and role.', fieldErrorsOf(parsed.error));
  const { userId, role } = parsed.data;
  if (userId === admin.id) return fail('You cannot change your own role. Ask another admin.');
  const { db } = appDatabase();
  const [target] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (!target) return fail('That user no longer exists.');
  const previous = target.role;
  if (previous === role) return ok({ role });
  await writeBatch([
    db
      .update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date(ctx.now) })
      .where(eq(users.id, userId)),
    auditStatement({
      actorId: admin.id,
      action: 'admin.role_changed',
      targetType: 'user',
      targetId: userId,
      ip: ctx.ip,
      details: { from: previous, to: role },
      now: ctx.now,
    }),
  ]);
  return ok({ role });
}

export async function setUserDisabled(
  actor: SessionUser | null,
  input: unknown,
  disabled: boolean,
  ctx: RequestContext,
): Promise<ActionResult<{ disabled: boolean }>> {
  const admin = assertRole(actor, 'admin');
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return fail('Choose a valid user.');
  const { userId } = parsed.data;
  if (userId === admin.id) return fail('You cannot disable your own account.');
  const { db } = appDatabase();
  const [target] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!target) return fail('That user no longer exists.');
  await writeBatch([
    db
      .update(users)
      .set({
        disabledAt: disabled ? new Date(ctx.now) : null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: new Date(ctx.now),
      })
      .where(eq(users.id, userId)),
    auditStatement({
      actorId: admin.id,
      action: disabled ? 'admin.user_disabled' : 'admin.user_enabled',
      targetType: 'user',
      targetId: userId,
      ip: ctx.ip,
      now: ctx.now,
    }),
  ]);
  return ok({ disabled });
}
