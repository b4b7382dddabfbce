import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { users } from '@/database/schema';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { tokenSchema } from '@/lib/validation/auth';
import { appDatabase, writeBatch } from '../db';
import { serverEnv } from '../env';
import { ownAccountAuditStatement } from '../auth/audit';
import { consumeTokenStatements, findValidToken, issueTokenStatements } from '../auth/tokens';
import { queueEmailStatement } from '../email/outbox';
import { verificationEmail } from '../email/templates';
import type { RequestContext } from '../request-context';
import { appUrl } from './users';

export const INVALID_LINK = 'This link is invalid, already used or expired. Sign in to get a new one.';

export async function verifyEmail(
  input: unknown,
  ctx: RequestContext,
): Promise<ActionResult<{ message: string }>> {
  const token = tokenSchema.safeParse(input);
  if (!token.success) return fail(INVALID_LINK);
  const found = await findValidToken(token.data, 'verify_email', ctx.now);
  if (!found) return fail(INVALID_LINK);
  try {
    await writeBatch([
      ...consumeTokenStatements(found.id, ctx.now),
      appDatabase()
        .db.update(users)
        .set({
          emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${ctx.now})`,
          updatedAt: new Date(ctx.now),
        })
        .where(eq(users.id, found.userId)),
      ownAccountAuditStatement(found.userId, 'auth.email_verified', ctx),
    ]);
  } catch {
    // Consumed by a concurrent request in the meantime.
    return fail(INVALID_LINK);
  }
  return ok({ message: 'Your email is confirmed. You can sign in now.' });
}

/** Statements that email a fresh verification link (used when an unverified user signs in). */
export function resendVerificationStatements(
  user: { id: string; email: string; name: string | null },
  now: number,
) {
  const { token, statements } = issueTokenStatements(user.id, 'verify_email', now);
  const link = appUrl(`/verify-email?token=${token}`, serverEnv.APP_URL);
  return [...statements, queueEmailStatement(user.email, verificationEmail(user.name, link), now)];
}
