import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/database/schema';
import { judgeSession, type SessionClaims, type SessionVerdict } from '@/lib/auth/session-policy';
import { appDatabase } from '../db';
import { serverEnv } from '../env';
import type { SessionUser } from './guards';

export const SESSION_MAX_LIFETIME_MS = serverEnv.SESSION_MAX_DAYS * 24 * 60 * 60 * 1000;

/** Loads the token's user and judges the token against it (one indexed read). */
export async function resolveSessionUser(claims: SessionClaims, now: number): Promise<{ verdict: SessionVerdict; user: SessionUser | null }> {
  const { db } = appDatabase();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      sessionVersion: users.sessionVersion,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.id, claims.uid))
    .limit(1);
  const verdict = judgeSession(claims, row ?? null, now, SESSION_MAX_LIFETIME_MS);
  if (verdict !== 'valid' || !row) return { verdict, user: null };
  return { verdict, user: { id: row.id, email: row.email, name: row.name, role: row.role } };
}
