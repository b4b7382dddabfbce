import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { users } from '@/database/schema';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { hashPassword, verifyPassword } from '@/lib/security/password';
import { changePasswordSchema, fieldErrorsOf, profileSchema } from '@/lib/validation/auth';
import { appDatabase, writeBatch } from '../db';
import { ownAccountAuditStatement } from '../auth/audit';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import type { RequestContext } from '../request-context';
import { findUserById } from './users';

export async function updateProfile(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<ActionResult<{ name: string }>> {
  const user = assertUser(actor);
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return fail('Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  const { db } = appDatabase();
  await writeBatch([
    db
      .update(users)
      .set({ name: parsed.data.name, updatedAt: new Date(ctx.now) })
      .where(eq(users.id, user.id)),
    ownAccountAuditStatement(user.id, 'account.profile_updated', ctx),
  ]);
  return ok({ name: parsed.data.name });
}

/** Requires the current password; ends every session (the page signs the user in again). */
export async function changePassword(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<ActionResult<{ email: string }>> {
  const user = assertUser(actor);
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return fail('Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  const row = await findUserById(user.id);
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, parsed.data.currentPassword))) {
    return fail('Your current password is not correct.', {
      currentPassword: 'Your current password is not correct.',
    });
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  const { db } = appDatabase();
  await writeBatch([
    db
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date(ctx.now) })
      .where(eq(users.id, user.id)),
    ownAccountAuditStatement(user.id, 'auth.password_changed', ctx),
  ]);
  return ok({ email: row.email });
}
