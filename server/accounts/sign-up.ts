import 'server-only';
import { randomUUID } from 'node:crypto';
import { users } from '@/database/schema';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { hashPassword } from '@/lib/security/password';
import { fieldErrorsOf, signUpSchema } from '@/lib/validation/auth';
import { appDatabase, writeBatch } from '../db';
import { serverEnv } from '../env';
import { ownAccountAuditStatement } from '../auth/audit';
import { formatRetryAfter, releaseSlots, reserveSlots } from '../rate-limit';
import { issueTokenStatements } from '../auth/tokens';
import { deliverInBackground, queueEmailStatement } from '../email/outbox';
import { accountExistsEmail, verificationEmail } from '../email/templates';
import type { RequestContext } from '../request-context';
import { signUpKeys } from './rate-limit-keys';
import { appUrl, findUserByEmail } from './users';

export const SIGN_UP_DONE = 'Check your inbox: we sent you a link to confirm your email address.';

/**
 * Creates an unverified account and emails a verification link. When the email is taken the
 * owner gets a "you already have an account" email instead, and the caller sees the same
 * answer after the same work (a password hash and one write), so sign-up reveals nothing.
 */
export async function signUp(
  input: unknown,
  ctx: RequestContext,
): Promise<ActionResult<{ message: string }>> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return fail('Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  const { name, email, password } = parsed.data;
  // The slot is taken before the work, atomically: parallel sign-ups cannot pass the limit.
  const reservation = await reserveSlots(signUpKeys(ctx.ip), ctx.now);
  if (!reservation.allowed)
    return fail(
      `Too many new accounts from your network. Try again in ${formatRetryAfter(reservation.retryAfterMs)}.`,
    );
  try {
    await createAccountOrNotifyOwner(name, email, password, ctx);
  } catch (error) {
    await releaseSlots(reservation).catch(() => undefined);
    throw error;
  }
  deliverInBackground();
  return ok({ message: SIGN_UP_DONE });
}

async function createAccountOrNotifyOwner(
  name: string,
  email: string,
  password: string,
  ctx: RequestContext,
): Promise<void> {
  const existing = await findUserByEmail(email);
  const passwordHash = await hashPassword(password);

  if (existing) {
    const content = accountExistsEmail(
      appUrl('/sign-in', serverEnv.APP_URL),
      appUrl('/forgot-password', serverEnv.APP_URL),
    );
    await writeBatch([queueEmailStatement(existing.email, content, ctx.now)]);
  } else {
    const userId = randomUUID();
    const { token, statements } = issueTokenStatements(userId, 'verify_email', ctx.now);
    const link = appUrl(`/verify-email?token=${token}`, serverEnv.APP_URL);
    const at = new Date(ctx.now);
    await writeBatch([
      appDatabase().db.insert(users).values({
        id: userId,
        email,
        name,
        passwordHash,
        role: 'learner',
        sessionVersion: 1,
        createdAt: at,
        updatedAt: at,
      }),
      ...statements,
      queueEmailStatement(email, verificationEmail(name, link), ctx.now),
      ownAccountAuditStatement(userId, 'auth.sign_up', ctx),
    ]);
  }
}
