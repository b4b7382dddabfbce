import 'server-only';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { fieldErrorsOf, roleChangeSchema, userIdSchema, userSearchSchema } from '@/lib/validation/auth';
import type { UserRole } from '@/database/schema';
import { appDatabase } from '../db';
import { auditStatement } from '../auth/audit';
import { assertRole, type SessionUser } from '../auth/guards';
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

export async function listUsers(actor: SessionUser | null, input: unknown): Promise<{ users: AdminUserRow[]; total: number; page: number; pageSize: number }> {
  assertRole(actor, 'admin');
  // The schema falls back on every field (a long search is cut, a bad page is 1); only a non-object input fails it.
  const parsed = userSearchSchema.safeParse(input ?? {});
  const { q, page } = parsed.success ? parsed.data : { q: '', page: 1 };
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = q ? "WHERE email LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'" : '';
  const args = q ? [pattern, pattern] : [];
  const { client } = appDatabase();
  const [list, count] = await Promise.all([
    client.execute({
      sql: `SELECT id, email, name, role, email_verified_at, disabled_at, created_at FROM users ${where} ORDER BY created_at DESC, email LIMIT ? OFFSET ?`,
      args: [...args, USERS_PAGE_SIZE, (page - 1) * USERS_PAGE_SIZE],
    }),
    client.execute({ sql: `SELECT count(*) AS n FROM users ${where}`, args }),
  ]);
  return {
    users: list.rows.map((r) => ({
      id: String(r.id),
      email: String(r.email),
      name: r.name === null ? null : String(r.name),
      role: String(r.role) as UserRole,
      verified: r.email_verified_at !== null,
      disabled: r.disabled_at !== null,
      createdAt: new Date(Number(r.created_at)).toISOString(),
    })),
    total: Number(count.rows[0]?.n ?? 0),
    page,
    pageSize: USERS_PAGE_SIZE,
  };
}

/** Changing a role ends the user's sessions so the new role applies on their next request. */
export async function changeUserRole(actor: SessionUser | null, input: unknown, ctx: RequestContext): Promise<ActionResult<{ role: UserRole }>> {
  const admin = assertRole(actor, 'admin');
  const parsed = roleChangeSchema.safeParse(input);
  if (!parsed.success) return fail('Choose a valid user and role.', fieldErrorsOf(parsed.error));
  const { userId, role } = parsed.data;
  if (userId === admin.id) return fail('You cannot change your own role. Ask another admin.');
  const { client, write } = appDatabase();
  const target = await client.execute({ sql: 'SELECT role FROM users WHERE id = ?', args: [userId] });
  const previous = target.rows[0]?.role;
  if (previous === undefined) return fail('That user no longer exists.');
  if (previous === role) return ok({ role });
  await write((_db, c) =>
    c.batch(
      [
        { sql: 'UPDATE users SET role = ?, session_version = session_version + 1, updated_at = ? WHERE id = ?', args: [role, ctx.now, userId] },
        auditStatement({ actorId: admin.id, action: 'admin.role_changed', targetType: 'user', targetId: userId, ip: ctx.ip, details: { from: previous, to: role }, now: ctx.now }),
      ],
      'write',
    ),
  );
  return ok({ role });
}

export async function setUserDisabled(actor: SessionUser | null, input: unknown, disabled: boolean, ctx: RequestContext): Promise<ActionResult<{ disabled: boolean }>> {
  const admin = assertRole(actor, 'admin');
  const parsed = userIdSchema.safeParse(input);
  if (!parsed.success) return fail('Choose a valid user.');
  const { userId } = parsed.data;
  if (userId === admin.id) return fail('You cannot disable your own account.');
  const { client: reader, write } = appDatabase();
  const exists = await reader.execute({ sql: 'SELECT 1 FROM users WHERE id = ?', args: [userId] });
  if (exists.rows.length === 0) return fail('That user no longer exists.');
  await write((_db, client) =>
    client.batch(
      [
        {
          sql: `UPDATE users SET disabled_at = ?, session_version = session_version + 1, updated_at = ? WHERE id = ?`,
          args: [disabled ? ctx.now : null, ctx.now, userId],
        },
        auditStatement({ actorId: admin.id, action: disabled ? 'admin.user_disabled' : 'admin.user_enabled', targetType: 'user', targetId: userId, ip: ctx.ip, now: ctx.now }),
      ],
      'write',
    ),
  );
  return ok({ disabled });
}
