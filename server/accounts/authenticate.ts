import 'server-only';
import type { UserRole } from '@/database/schema';
import { hashPassword, verifyPassword } from '@/lib/security/password';
import { signInSchema } from '@/lib/validation/auth';
import { writeBatch } from '../db';
import { auditStatement, ownAccountAuditStatement } from '../auth/audit';
import { clearFailuresStatement, releaseSlots, releaseSlotsStatement, reserveSlots } from '../rate-limit';
import { deliverInBackground } from '../email/outbox';
import type { RequestContext } from '../request-context';
import { signInKeys, SIGN_IN_ACCOUNT_BUCKET } from './rate-limit-keys';
import { findUserByEmail } from './users';
import { resendVerificationStatements } from './verify-email';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  sessionVersion: number;
}

export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: 'invalid' | 'unverified' | 'disabled' }
  | { ok: false; reason: 'rate_limited'; retryAfterMs: number };

// Verified against when the email is unknown, so both paths cost one argon2 verification.
let dummyHash: Promise<string> | undefined;
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  return dummyHash;
}

/**
 * Password sign-in with per-account and per-IP rate limits; every outcome is audited.
 * Each attempt first reserves a failure slot of both limits in one atomic statement each; only
 * then is the password checked. A wrong password keeps the slot (it is the recorded failure), a
 * right one gives it back. So a burst of parallel guesses gets exactly as many checks as the
 * policy allows, never more, whatever order they arrive in.
 */
export async function authenticateWithPassword(
  input: unknown,
  ctx: RequestContext,
): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const reservation = await reserveSlots(signInKeys(email, ctx.ip), ctx.now);
  if (!reservation.allowed)
    return { ok: false, reason: 'rate_limited', retryAfterMs: reservation.retryAfterMs };

  const user = await findUserByEmail(email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  if (!user || !user.passwordHash || !passwordOk) {
    await writeBatch([
      auditStatement({
        actorId: null,
        action: 'auth.sign_in_failed',
        targetType: 'user',
        targetId: user?.id,
        ip: ctx.ip,
        details: { email },
        now: ctx.now,
      }),
    ]);
    return { ok: false, reason: 'invalid' };
  }
  // Only someone who knows the password learns these two states.
  if (user.disabledAt) {
    await releaseSlots(reservation);
    return { ok: false, reason: 'disabled' };
  }
  if (!user.emailVerifiedAt) {
    await writeBatch([releaseSlotsStatement(reservation), ...resendVerificationStatements(user, ctx.now)]);
    deliverInBackground();
    return { ok: false, reason: 'unverified' };
  }
  await writeBatch([
    releaseSlotsStatement(reservation),
    clearFailuresStatement(SIGN_IN_ACCOUNT_BUCKET, email),
    ownAccountAuditStatement(user.id, 'auth.sign_in', ctx),
  ]);
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionVersion: user.sessionVersion,
    },
  };
}
