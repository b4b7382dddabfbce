import 'server-only';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { accountDeletions, sessions, users } from '@/database/schema';
import { judgeSession, type SessionClaims, type SessionVerdict } from '@/lib/auth/session-policy';
import { appDatabase } from '../db';
import { serverEnv } from '../env';
import type { SessionUser } from '@/lib/auth/guards';

export const SESSION_MAX_LIFETIME_MS = serverEnv.SESSION_MAX_DAYS * 24 * 60 * 60 * 1000;

export interface ResolvedSession {
  verdict: SessionVerdict;
  user: SessionUser | null;
  /**
   * A sign-in cancelled the account's scheduled deletion and the learner has not seen the notice
   * yet (server/accounts/deletion.ts). Read with the session, so the root layout's notice costs
   * no round trip of its own on every page.
   */
  deletionCancelled: boolean;
}

/**
 * Loads the token's user with its session row and judges the token against them (one indexed
 * read: users by primary key, left-joined to sessions and account_deletions by primary key).
 */
export async function resolveSessionUser(claims: SessionClaims, now: number): Promise<ResolvedSession> {
  const { db } = appDatabase();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      sessionVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
      sessionId: sessions.id,
      deletionCancelledAt: accountDeletions.cancelledAt,
    })
    .from(users)
    .leftJoin(
      sessions,
      and(eq(sessions.id, claims.sid), eq(sessions.userId, users.id), isNull(sessions.revokedAt)),
    )
    .leftJoin(
      accountDeletions,
      and(eq(accountDeletions.userId, users.id), isNotNull(accountDeletions.cancelledAt)),
    )
    .where(eq(users.id, claims.uid))
    .limit(1);
  const state = row
    ? {
        sessionVersion: row.sessionVersion,
        disabledAt: row.disabledAt,
        sessionActive: row.sessionId !== null,
      }
    : null;
  const verdict = judgeSession(claims, state, now, SESSION_MAX_LIFETIME_MS);
  if (verdict !== 'valid' || !row) return { verdict, user: null, deletionCancelled: false };
  return {
    verdict,
    user: { id: row.id, email: row.email, name: row.name, role: row.role },
    deletionCancelled: row.deletionCancelledAt !== null,
  };
}
