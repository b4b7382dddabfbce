import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { accountDeletions } from '@/database/schema';
import { deletionScheduledFor, formatDeletionDate } from '@/lib/accounts/deletion-schedule';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { deleteAccountSchema } from '@/lib/validation/auth';
import { ownAccountAuditStatement } from '../auth/audit';
import { revokeAllSessionsStatement } from '../auth/sessions';
import { appDatabase, writeBatch } from '../db';
import { deliverInBackground, queueEmailStatement } from '../email/outbox';
import { deletionScheduledEmail } from '../email/templates';
import { serverEnv } from '../env';
import type { RequestContext } from '../request-context';
import { appUrl } from './users';

// Deleting an account is two steps: the learner schedules it here (confirmed by typing their
// email), and 30 days later the erase job deletes it (./erase-due-accounts.ts) unless they signed
// in between, which cancels it (./deletion-cancel.ts).

/**
 * Schedules the deletion 30 days ahead, ends every session of the account, audits it and emails
 * the date — all in one batch. Asking again (it can only happen from a session opened since, which
 * cancelled the first) starts a new 30 days.
 */
export async function deleteAccount(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<ActionResult<{ scheduledFor: string }>> {
  const user = assertUser(actor);
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success || parsed.data.confirmEmail !== user.email.toLowerCase()) {
    return fail('Type your email address exactly to confirm.', {
      confirmEmail: 'This does not match your email address.',
    });
  }
  const requestedAt = new Date(ctx.now);
  const scheduledFor = deletionScheduledFor(requestedAt);
  const { db } = appDatabase();
  await writeBatch([
    db
      .insert(accountDeletions)
      .values({ userId: user.id, requestedAt, scheduledFor, cancelledAt: null })
      .onConflictDoUpdate({
        target: accountDeletions.userId,
        set: { requestedAt, scheduledFor, cancelledAt: null },
      }),
    revokeAllSessionsStatement(user.id, ctx.now),
    ownAccountAuditStatement(user.id, 'account.deletion_scheduled', ctx, {
      scheduledFor: scheduledFor.toISOString(),
    }),
    queueEmailStatement(
      user.email,
      deletionScheduledEmail(formatDeletionDate(scheduledFor), appUrl('/sign-in', serverEnv.APP_URL)),
      ctx.now,
    ),
  ]);
  deliverInBackground();
  return ok({ scheduledFor: scheduledFor.toISOString() });
}

/**
 * The learner's browser has shown the "deletion cancelled" notice: it is not shown again. Only a
 * cancelled row goes, never a pending deletion.
 */
export async function acknowledgeDeletionNotice(actor: SessionUser | null): Promise<ActionResult<null>> {
  const user = assertUser(actor);
  const { db, write } = appDatabase();
  await write(() =>
    db
      .delete(accountDeletions)
      .where(and(eq(accountDeletions.userId, user.id), isNotNull(accountDeletions.cancelledAt))),
  );
  return ok(null);
}
