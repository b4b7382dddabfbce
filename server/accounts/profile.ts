import 'server-only';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { hashPassword, verifyPassword } from '@/lib/security/password';
import { changePasswordSchema, deleteAccountSchema, fieldErrorsOf, profileSchema } from '@/lib/validation/auth';
import { appDatabase } from '../db';
import { auditStatement } from '../auth/audit';
import { assertUser, type SessionUser } from '../auth/guards';
import type { RequestContext } from '../request-context';
import { findUserById } from './users';

export async function updateProfile(actor: SessionUser | null, input: unknown, ctx: RequestContext): Promise<ActionResult<{ name: string }>> {
  const user = assertUser(actor);
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return fail('Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  await appDatabase().write((_db, client) =>
    client.batch(
      [
        { sql: 'UPDATE users SET name = ?, updated_at = ? WHERE id = ?', args: [parsed.data.name, ctx.now, user.id] },
        auditStatement({ actorId: user.id, action: 'account.profile_updated', targetType: 'user', targetId: user.id, ip: ctx.ip, now: ctx.now }),
      ],
      'write',
    ),
  );
  return ok({ name: parsed.data.name });
}

/** Requires the current password; ends every session (the page signs the user in again). */
export async function changePassword(actor: SessionUser | null, input: unknown, ctx: RequestContext): Promise<ActionResult<{ email: string }>> {
  const user = assertUser(actor);
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return fail('Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  const row = await findUserById(user.id);
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, parsed.data.currentPassword))) {
    return fail('Your current password is not correct.', { currentPassword: 'Your current password is not correct.' });
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await appDatabase().write((_db, client) =>
    client.batch(
      [
        { sql: 'UPDATE users SET password_hash = ?, session_version = session_version + 1, updated_at = ? WHERE id = ?', args: [passwordHash, ctx.now, user.id] },
        auditStatement({ actorId: user.id, action: 'auth.password_changed', targetType: 'user', targetId: user.id, ip: ctx.ip, now: ctx.now }),
      ],
      'write',
    ),
  );
  return ok({ email: row.email });
}

/** Deletes the account and, by cascade, every answer and attempt; confirmed by typing the email. */
export async function deleteAccount(actor: SessionUser | null, input: unknown, ctx: RequestContext): Promise<ActionResult<null>> {
  const user = assertUser(actor);
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success || parsed.data.confirmEmail !== user.email.toLowerCase()) {
    return fail('Type your email address exactly to confirm.', { confirmEmail: 'This does not match your email address.' });
  }
  await appDatabase().write((_db, client) =>
    client.batch(
      [
        { sql: 'DELETE FROM users WHERE id = ?', args: [user.id] },
        auditStatement({ actorId: null, action: 'account.deleted', targetType: 'user', targetId: user.id, ip: ctx.ip, now: ctx.now }),
      ],
      'write',
    ),
  );
  return ok(null);
}
