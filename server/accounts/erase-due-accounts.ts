import 'server-only';
import type { ResultSet } from '@libsql/client';
import { and, asc, eq, exists, isNotNull, isNull, lt, lte } from 'drizzle-orm';
import { accountDeletions, users } from '@/database/schema';
import { auditIfChangedStatement } from '../auth/audit';
import { appDatabase, writeBatch } from '../db';

/** Accounts erased per run; the rest wait for the next hourly run (deletion is not urgent). */
export const ERASE_ACCOUNTS_PER_RUN = 200;
/** A cancelled deletion whose notice was never seen (the learner signed in, then never came back). */
const KEEP_UNSEEN_NOTICE_MS = 30 * 86_400_000;

/**
 * The job `accounts.erase-due` (server/jobs/recurring.ts): deletes the accounts whose 30 days of
 * grace are over. Each account goes in its own batch — the user row, and by cascade everything
 * that is theirs, as an immediate deletion did before — together with its audit row. Safe to run
 * again or twice at once: the DELETE itself re-checks that the deletion is still pending and due
 * (a sign-in since the list was read cancels it), a deleted account cannot be deleted twice, and
 * the audit row is written only when the user row went.
 */
export async function eraseDueAccounts(now: Date): Promise<{ erased: number }> {
  const { db, write } = appDatabase();
  const due = await db
    .select({ userId: accountDeletions.userId, scheduledFor: accountDeletions.scheduledFor })
    .from(accountDeletions)
    .where(and(isNull(accountDeletions.cancelledAt), lte(accountDeletions.scheduledFor, now)))
    .orderBy(asc(accountDeletions.scheduledFor))
    .limit(ERASE_ACCOUNTS_PER_RUN);
  let erased = 0;
  for (const { userId, scheduledFor } of due) {
    const [deleted] = await writeBatch([
      db.delete(users).where(
        and(
          eq(users.id, userId),
          exists(
            db
              .select({ userId: accountDeletions.userId })
              .from(accountDeletions)
              .where(
                and(
                  eq(accountDeletions.userId, userId),
                  isNull(accountDeletions.cancelledAt),
                  lte(accountDeletions.scheduledFor, now),
                ),
              ),
          ),
        ),
      ),
      auditIfChangedStatement({
        actorId: null,
        action: 'account.deleted',
        targetType: 'user',
        targetId: userId,
        details: { scheduledFor: scheduledFor.toISOString() },
        now: now.getTime(),
      }),
    ]);
    erased += (deleted as ResultSet).rowsAffected;
  }
  await write(() =>
    db
      .delete(accountDeletions)
      .where(
        and(
          isNotNull(accountDeletions.cancelledAt),
          lt(accountDeletions.cancelledAt, new Date(now.getTime() - KEEP_UNSEEN_NOTICE_MS)),
        ),
      ),
  );
  return { erased };
}
