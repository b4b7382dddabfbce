import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ResultSet } from '@libsql/client';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { sessions } from '@/database/schema';
import { ok, type ActionResult } from '@/lib/action-result';
import { cancelScheduledDeletionStatements } from '../accounts/deletion-cancel';
import { appDatabase, writeBatch, type Statement } from '../db';
import type { RequestContext } from '../request-context';
import { ownAccountAuditStatement } from './audit';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { SESSION_MAX_LIFETIME_MS } from './session-user';

/**
 * Server-side sessions. The JWT stays the carrier (next-auth), but each one names a row here
 * that sign-out revokes, so a copied or replayed cookie dies with the session it belongs to.
 * Opening one is where every sign-in (password or Google) ends: it also cancels a scheduled
 * deletion of the account.
 */
export async function openSession(
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
  now: number,
): Promise<string> {
  const { id, statements } = openSessionStatements(userId, meta, now);
  await writeBatch(statements);
  return id;
}

/** openSession's writes, for a batch that does more (a password sign-in: server/accounts/authenticate.ts). */
export function openSessionStatements(
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
  now: number,
): { id: string; statements: Statement[] } {
  const id = randomUUID();
  const { db } = appDatabase();
  const statements: Statement[] = [
    // Rows past the absolute lifetime or long revoked are dead weight: prune this user's.
    db
      .delete(sessions)
      .where(
        and(
          eq(sessions.userId, userId),
          or(
            lt(sessions.createdAt, new Date(now - SESSION_MAX_LIFETIME_MS)),
            lt(sessions.revokedAt, new Date(now - SESSION_MAX_LIFETIME_MS)),
          ),
        ),
      ),
    db.insert(sessions).values({
      id,
      userId,
      createdAt: new Date(now),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    }),
    ...cancelScheduledDeletionStatements(userId, { ip: meta.ip, now }),
  ];
  return { id, statements };
}

/** Ends one session (sign-out). Revoking an unknown or already revoked id changes nothing. */
export async function revokeSession(sessionId: string, now: number): Promise<void> {
  const { db, write } = appDatabase();
  await write(() =>
    db
      .update(sessions)
      .set({ revokedAt: new Date(now) })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt))),
  );
}

/** Ends every open session of a user (sign out everywhere, a scheduled account deletion). */
export function revokeAllSessionsStatement(userId: string, now: number) {
  return appDatabase()
    .db.update(sessions)
    .set({ revokedAt: new Date(now) })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/** "Sign out everywhere": ends every session of the signed-in user, this one included, audited. */
export async function signOutEverywhere(
  actor: SessionUser | null,
  ctx: RequestContext,
): Promise<ActionResult<{ ended: number }>> {
  const user = assertUser(actor);
  const [revoked] = await writeBatch([
    revokeAllSessionsStatement(user.id, ctx.now),
    ownAccountAuditStatement(user.id, 'auth.signed_out_everywhere', ctx),
  ]);
  return ok({ ended: (revoked as ResultSet).rowsAffected });
}

/** Open sessions of a user that are still inside the absolute lifetime. */
export async function countOpenSessions(userId: string, now = Date.now()): Promise<number> {
  const { db } = appDatabase();
  const [row] = await db
    .select({ count: sql<number>`count(*)` })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        sql`${sessions.createdAt} >= ${now - SESSION_MAX_LIFETIME_MS}`,
      ),
    );
  return Number(row?.count ?? 0);
}
