import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { users } from '@/database/schema';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { hashPassword } from '@/lib/security/password';
import { fieldErrorsOf, resetPasswordSchema, resetRequestSchema } from '@/lib/validation/auth';
import { appDatabase, writeBatch } from '../db';
import { serverEnv } from '../env';
import { auditStatement, ownAccountAuditStatement } from '../auth/audit';
import { clearFailuresStatement, formatRetryAfter, releaseSlots, reserveSlots } from '../rate-limit';
import {
  consumeTokenStatements,
  findValidToken,
  issueTokenStatements,
  voidTokensStatement,
} from '../auth/tokens';
import { deliverInBackground, queueEmailStatement } from '../email/outbox';
import { passwordResetEmail } from '../email/templates';
import type { RequestContext } from '../request-context';
import { resetKeys, SIGN_IN_ACCOUNT_BUCKET } from './rate-limit-keys';
import { appUrl, findUserByEmail, findUserById } from './users';
import { INVALID_LINK } from './verify-email';

export const RESET_REQUESTED =
  'If an account exists for that email, we sent a link to reset its password. It works for 30 minutes.';

/** Same answer whether or not the account exists; limited per account and per IP. */
export async function requestPasswordReset(
  input: unknown,
  ctx: RequestContext,
): Promise<ActionResult<{ message: string }>> {
  const parsed = resetRequestSchema.safeParse(input);
  if (!parsed.success) return fail('Enter a valid email address.', fieldErrorsOf(parsed.error));
  const { email } = parsed.data;
  // Atomic reservation first: parallel requests cannot send more links than the limit.
  const reservation = await reserveSlots(resetKeys(email, ctx.ip), ctx.now);
  if (!reservation.allowed)
    return fail(`Too many reset requests. Try again in ${formatRetryAfter(reservation.retryAfterMs)}.`);

  const user = await findUserByEmail(email);
  if (user && !user.disabledAt) {
    const { token, statements: tokenStatements } = issueTokenStatements(user.id, 'reset_password', ctx.now);
    const statements = [
      ...tokenStatements,
      queueEmailStatement(
        user.email,
        passwordResetEmail(appUrl(`/reset-password?token=${token}`, serverEnv.APP_URL)),
        ctx.now,
      ),
      auditStatement({
        actorId: null,
        action: 'auth.password_reset_requested',
        targetType: 'user',
        targetId: user.id,
        ip: ctx.ip,
        now: ctx.now,
      }),
    ];
    try {
      await writeBatch(statements);
    } catch (error) {
      await releaseSlots(reservation).catch(() => undefined);
      throw error;
    }
  }
  deliverInBackground();
  return ok({ message: RESET_REQUESTED });
}

/**
 * Sets the new password, ends every session of the user (session version bump), confirms the
 * email (the link proved ownership) and lifts the sign-in lockout, so a rate limit never blocks
 * an owner who resets.
 */
export async function resetPassword(
  input: unknown,
  ctx: RequestContext,
): Promise<ActionResult<{ message: string }>> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    return fail(errors.token ? INVALID_LINK : 'Please correct the highlighted fields.', errors);
  }
  const found = await findValidToken(parsed.data.token, 'reset_password', ctx.now);
  if (!found) return fail(INVALID_LINK);
  const passwordHash = await hashPassword(parsed.data.password);
  const { db, write } = appDatabase();
  try {
    await write(async () => {
      const email = (await findUserById(found.userId))?.email ?? '';
      return db.batch([
        ...consumeTokenStatements(found.id, ctx.now),
        db
          .update(users)
          .set({
            passwordHash,
            sessionVersion: sql`${users.sessionVersion} + 1`,
            emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${ctx.now})`,
            updatedAt: new Date(ctx.now),
          })
          .where(eq(users.id, found.userId)),
        voidTokensStatement(found.userId, 'reset_password', ctx.now),
        clearFailuresStatement(SIGN_IN_ACCOUNT_BUCKET, email),
        ownAccountAuditStatement(found.userId, 'auth.password_reset', ctx),
      ]);
    });
  } catch {
    return fail(INVALID_LINK);
  }
  return ok({
    message:
      'Your password has been changed and you were signed out everywhere. Sign in with the new password.',
  });
}
