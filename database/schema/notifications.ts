import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { EMAIL_KINDS } from '../../lib/notifications/send-window';
import { ownerUserId, users } from './users';

export const CONSENT_ACTIONS = ['granted', 'withdrawn'] as const;
export const CONSENT_SOURCES = ['account', 'unsubscribe_page', 'one_click'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/** A learner's reminder and summary emails: off unless a row says so (server/notifications). */
export const emailPreferences = sqliteTable('email_preferences', {
  userId: text('user_id')
    .primaryKey()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  dailyReminder: integer('daily_reminder', { mode: 'boolean' }).notNull().default(false),
  weeklySummary: integer('weekly_summary', { mode: 'boolean' }).notNull().default(false),
  timeZone: text('time_zone').notNull(),
  sendHour: integer('send_hour').notNull(),
  quietStart: integer('quiet_start').notNull(),
  quietEnd: integer('quiet_end').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Every opt-in (with the exact wording shown) and withdrawal; rows are never changed. */
export const emailConsents = sqliteTable(
  'email_consents',
  {
    id: integer('id').primaryKey().notNull(),
    userId: ownerUserId(),
    kind: text('kind', { enum: EMAIL_KINDS }).notNull(),
    action: text('action', { enum: CONSENT_ACTIONS }).notNull(),
    source: text('source', { enum: CONSENT_SOURCES }).notNull(),
    wordingId: text('wording_id'),
    wording: text('wording'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('email_consents_user_created_idx').on(t.userId, t.createdAt)],
);

/** One row per reminder/summary sent: the key (user, kind, local period) forbids a second. */
export const emailDigestSends = sqliteTable(
  'email_digest_sends',
  {
    userId: ownerUserId(),
    kind: text('kind', { enum: EMAIL_KINDS }).notNull(),
    period: text('period').notNull(),
    facts: text('facts').notNull().default('{}'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.period] })],
);
