import 'server-only';
import type { UserRole } from '@/database/schema';
import { hashPassword, verifyPassword } from '@/lib/security/password';
import { signInSchema } from '@/lib/validation/auth';
import { appDatabase } from '../db';
import { auditStatement } from '../auth/audit';
import { checkThrottles, clearFailuresStatement, recordFailureStatements } from '../auth/throttle';
import { deliverInBackground } from '../email/outbox';
import type { RequestContext } from '../request-context';
import { signInKeys, SIGN_IN_ACCOUNT_BUCKET } from './throttle-keys';
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
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

// Verified against when the email is unknown, so both paths cost one argon2 verification.
let dummyHash: Promise<string> | undefined;
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  return dummyHash;
}

/** Password sign-in with per-account and per-IP throttling; every outcome is audited. */
export async function authenticateWithPassword(input: unknown, ctx: RequestContext): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const keys = signInKeys(email, ctx.ip);
  const decision = await checkThrottles(keys, ctx.now);
  if (!decision.allowed) return { ok: false, reason: 'throttled', retryAfterMs: decision.retryAfterMs };

  const user = await findUserByEmail(email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  const { write } = appDatabase();
  if (!user || !user.passwordHash || !passwordOk) {
    await write((_db, client) =>
      client.batch(
        [
          ...recordFailureStatements(keys, ctx.now),
          auditStatement({ actorId: null, action: 'auth.sign_in_failed', targetType: 'user', targetId: user?.id, ip: ctx.ip, details: { email }, now: ctx.now }),
        ],
        'write',
      ),
    );
    return { ok: false, reason: 'invalid' };
  }
  // Only someone who knows the password learns these two states.
  if (user.disabledAt) return { ok: false, reason: 'disabled' };
  if (!user.emailVerifiedAt) {
    await write((_db, client) => client.batch(resendVerificationStatements(user, ctx.now), 'write'));
    deliverInBackground();
    return { ok: false, reason: 'unverified' };
  }
  await write((_db, client) =>
    client.batch(
      [
        clearFailuresStatement(SIGN_IN_ACCOUNT_BUCKET, email),
        auditStatement({ actorId: user.id, action: 'auth.sign_in', targetType: 'user', targetId: user.id, ip: ctx.ip, now: ctx.now }),
      ],
      'write',
    ),
  );
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
