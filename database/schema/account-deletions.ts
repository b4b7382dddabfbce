import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import { ownerUserId } from './users';

/** A scheduled account deletion (server/accounts/deletion.ts); cancelled by signing in. */
export const accountDeletions = sqliteTable(
  'account_deletions',
  {
    userId: ownerUserId().primaryKey(),
    requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
    scheduledFor: integer('scheduled_for', { mode: 'timestamp_ms' }).notNull(),
    cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('account_deletions_pending_idx')
      .on(t.scheduledFor)
      .where(sql`cancelled_at IS NULL`),
  ],
);
