import 'server-only';
import type { UserRole } from '@/database/schema';
import { hashPassword, verifyPassword } from '@/lib/security/password';
import { signInSchema } from '@/lib/validation/auth';
import { appDatabase, writeBatch } from '../db';
import { auditStatement, ownAccountAuditStatement } from '../auth/audit';
import { openSessionStatements } from '../auth/sessions';
import {
  clearFailuresStatement,
  releaseSlots,
  releaseSlotsStatement,
  reservationStatements,
} from '../rate-limit';
import { deliverInBackground } from '../email/outbox';
import type { RequestContext } from '../request-context';
import { signInKeys, SIGN_IN_ACCOUNT_BUCKET } from './rate-limit-keys';
import { signInUserFrom, signInUserStatement } from './users';
import { resendVerificationStatements } from './verify-email';

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  sessionVersion: number;
}

export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser; sessionId: string }
  | { ok: false; reason: 'invalid' | 'unverified' | 'disabled' }
  | { ok: false; reason: 'rate_limited'; retryAfterMs: number };

/** Where a sign-in comes from: recorded on the audit entries and the session row. */
export interface SignInContext extends RequestContext {
  userAgent?: string | null;
}

// Verified against when the email is unknown, so both paths cost one argon2 verification.
let dummyHash: Promise<string> | undefined;
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  return dummyHash;
}

/**
 * Reserves a failure slot of every sign-in limit (per account, per IP) and reads the account, in
 * ONE batch: the reservation is one atomic statement (server/rate-limit.ts), so a burst of
 * parallel guesses gets exactly as many checks as the policy allows, never more, whatever order
 * they arrive in; the account is read only to be used if the reservation holds.
 */
async function reserveAndReadUser(email: string, ctx: RequestContext) {
  const reservation = reservationStatements(signInKeys(email, ctx.ip), ctx.now);
  const { client, write } = appDatabase();
  const results = await write(() =>
    client.batch([...reservation.statements, signInUserStatement(email)], 'write'),
  );
  const user = signInUserFrom(results[reservation.statements.length]?.rows[0]);
  return { reservation: reservation.outcome(results), user };
}

/**
 * Password sign-in with per-account and per-IP rate limits; every outcome is audited. Two round
 * trips one after the other: the reservation with the account read, then (after the password
 * check, which needs no database) one write batch. A wrong password keeps the slot (it is the
 * recorded failure); a right one gives it back and opens the session in the same batch.
 */
export async function authenticateWithPassword(
  input: unknown,
  ctx: SignInContext,
): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const { reservation, user } = await reserveAndReadUser(email, ctx);
  if (!reservation.allowed)
    return { ok: false, reason: 'rate_limited', retryAfterMs: reservation.retryAfterMs };

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
  if (user.disabledAt !== null) {
    await releaseSlots(reservation);
    return { ok: false, reason: 'disabled' };
  }
  if (user.emailVerifiedAt === null) {
    await writeBatch([releaseSlotsStatement(reservation), ...resendVerificationStatements(user, ctx.now)]);
    deliverInBackground();
    return { ok: false, reason: 'unverified' };
  }
  const session = openSessionStatements(user.id, { ip: ctx.ip, userAgent: ctx.userAgent ?? null }, ctx.now);
  await writeBatch([
    releaseSlotsStatement(reservation),
    clearFailuresStatement(SIGN_IN_ACCOUNT_BUCKET, email),
    ownAccountAuditStatement(user.id, 'auth.sign_in', ctx),
    ...session.statements,
  ]);
  const { id, name, role, sessionVersion } = user;
  return { ok: true, user: { id, email: user.email, name, role, sessionVersion }, sessionId: session.id };
}
