import 'server-only';
import { asc, count, eq, isNull } from 'drizzle-orm';
import { accountDeletions, users } from '@/database/schema';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '../db';

const LIST_LIMIT = 100;

export interface PendingDeletion {
  userId: string;
  /** What the users page already shows an admin; nothing of the account's content. */
  email: string;
  requestedAt: number;
  scheduledFor: number;
}

/** Scheduled account deletions not cancelled yet, the soonest first (at most 100; `total` counts all). */
export async function listPendingDeletions(
  actor: SessionUser | null,
): Promise<{ deletions: PendingDeletion[]; total: number }> {
  assertRole(actor, 'admin');
  const { db } = appDatabase();
  const pending = isNull(accountDeletions.cancelledAt);
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        userId: accountDeletions.userId,
        email: users.email,
        requestedAt: accountDeletions.requestedAt,
        scheduledFor: accountDeletions.scheduledFor,
      })
      .from(accountDeletions)
      .innerJoin(users, eq(users.id, accountDeletions.userId))
      .where(pending)
      .orderBy(asc(accountDeletions.scheduledFor), asc(users.email))
      .limit(LIST_LIMIT),
    db.select({ n: count() }).from(accountDeletions).where(pending),
  ]);
  return {
    deletions: rows.map((row) => ({
      ...row,
      requestedAt: row.requestedAt.getTime(),
      scheduledFor: row.scheduledFor.getTime(),
    })),
    total: counted?.n ?? 0,
  };
}
