import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { accountDeletions } from '@/database/schema';
import { auditIfChangedStatement } from '../auth/audit';
import { appDatabase, type Statement } from '../db';

/**
 * Signing in cancels a scheduled deletion of the account: these go in the batch that opens the
 * session (server/auth/sessions.ts openSession), whichever way the user signed in. The row stays,
 * cancelled, until the learner has seen the notice (server/accounts/deletion.ts). Audited only
 * when there was a deletion to cancel.
 */
export function cancelScheduledDeletionStatements(
  userId: string,
  at: { ip: string | null; now: number },
): Statement[] {
  const { db } = appDatabase();
  return [
    db
      .update(accountDeletions)
      .set({ cancelledAt: new Date(at.now) })
      .where(and(eq(accountDeletions.userId, userId), isNull(accountDeletions.cancelledAt))),
    auditIfChangedStatement({
      actorId: userId,
      action: 'account.deletion_cancelled',
      targetType: 'user',
      targetId: userId,
      ip: at.ip,
      now: at.now,
    }),
  ];
}
