import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { emailConsents, emailPreferences, type ConsentSource } from '@/database/schema';
import { fail, ok, type ActionResult } from '@/lib/action-result';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { CONSENT_WORDING } from '@/lib/notifications/consent-wording';
import { DEFAULT_SEND_WINDOW, EMAIL_KINDS, type EmailKind } from '@/lib/notifications/send-window';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { emailPreferencesSchema } from '@/lib/validation/email-preferences';
import { appDatabase, writeBatch, type Statement } from '../db';
import type { RequestContext } from '../request-context';

export interface EmailPreferencesView {
  dailyReminder: boolean;
  weeklySummary: boolean;
  /** Null until saved once: the page then proposes the browser's zone. */
  timeZone: string | null;
  sendHour: number;
  quietStart: number;
  quietEnd: number;
}

const COLUMN: Record<EmailKind, 'dailyReminder' | 'weeklySummary'> = {
  daily_reminder: 'dailyReminder',
  weekly_summary: 'weeklySummary',
};

export async function getEmailPreferences(userId: string): Promise<EmailPreferencesView> {
  const [row] = await appDatabase()
    .db.select()
    .from(emailPreferences)
    .where(eq(emailPreferences.userId, userId))
    .limit(1);
  if (!row) return { dailyReminder: false, weeklySummary: false, timeZone: null, ...DEFAULT_SEND_WINDOW };
  const { dailyReminder, weeklySummary, timeZone, sendHour, quietStart, quietEnd } = row;
  return { dailyReminder, weeklySummary, timeZone, sendHour, quietStart, quietEnd };
}

function consentStatement(
  userId: string,
  kind: EmailKind,
  granted: boolean,
  source: ConsentSource,
  now: number,
): Statement {
  const wording = CONSENT_WORDING[kind];
  return appDatabase()
    .db.insert(emailConsents)
    .values({
      userId,
      kind,
      action: granted ? 'granted' : 'withdrawn',
      source,
      wordingId: granted ? wording.id : null,
      wording: granted ? wording.text : null,
      createdAt: new Date(now),
    });
}

/**
 * The account page's form. An opt-in records the exact wording shown, a box unticked records
 * the withdrawal; both in the batch that changes the preferences, so neither goes unrecorded.
 */
export async function saveEmailPreferences(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<ActionResult<EmailPreferencesView>> {
  const user = assertUser(actor);
  const parsed = emailPreferencesSchema.safeParse(input);
  if (!parsed.success) return fail('Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  const next = parsed.data;
  const before = await getEmailPreferences(user.id);
  const values = {
    dailyReminder: next.dailyReminder,
    weeklySummary: next.weeklySummary,
    timeZone: next.timeZone,
    sendHour: next.sendHour,
    quietStart: next.quietStart,
    quietEnd: next.quietEnd,
    updatedAt: new Date(ctx.now),
  };
  const { db } = appDatabase();
  const consents = EMAIL_KINDS.filter((kind) => before[COLUMN[kind]] !== next[COLUMN[kind]]).map((kind) =>
    consentStatement(user.id, kind, next[COLUMN[kind]], 'account', ctx.now),
  );
  await writeBatch([
    db
      .insert(emailPreferences)
      .values({ userId: user.id, ...values })
      .onConflictDoUpdate({ target: emailPreferences.userId, set: values }),
    ...consents,
  ]);
  return ok({ ...values, timeZone: next.timeZone });
}

/**
 * Turns one kind off for a learner (from an unsubscribe link). The withdrawal is recorded only
 * when the kind was on, checked inside the one write: a second click, even at the same moment,
 * changes and records nothing. Returns whether it was on.
 */
export async function withdrawConsent(
  userId: string,
  kind: EmailKind,
  source: ConsentSource,
  now: number,
): Promise<boolean> {
  const { client, write } = appDatabase();
  // The kinds are also the column names (daily_reminder, weekly_summary); `kind` is one of them.
  const column = kind === 'daily_reminder' ? 'daily_reminder' : 'weekly_summary';
  const [, updated] = await write(() =>
    client.batch(
      [
        {
          sql: `INSERT INTO email_consents (user_id, kind, action, source, created_at)
            SELECT user_id, ?, 'withdrawn', ?, ? FROM email_preferences WHERE user_id = ? AND ${column} = 1`,
          args: [kind, source, now, userId],
        },
        {
          sql: `UPDATE email_preferences SET ${column} = 0, updated_at = ? WHERE user_id = ? AND ${column} = 1`,
          args: [now, userId],
        },
      ],
      'write',
    ),
  );
  return (updated?.rowsAffected ?? 0) > 0;
}

/** For the account's data export: the email choices and every consent record. */
export async function emailDataForExport(userId: string) {
  const { db } = appDatabase();
  const p = emailPreferences;
  const c = emailConsents;
  const [preferences, consents] = await Promise.all([
    db
      .select({
        daily_reminder: p.dailyReminder,
        weekly_summary: p.weeklySummary,
        time_zone: p.timeZone,
        send_hour: p.sendHour,
        quiet_start: p.quietStart,
        quiet_end: p.quietEnd,
        updated_at: p.updatedAt,
      })
      .from(p)
      .where(eq(p.userId, userId)),
    db
      .select({
        kind: c.kind,
        action: c.action,
        source: c.source,
        wording_id: c.wordingId,
        wording: c.wording,
        created_at: c.createdAt,
      })
      .from(c)
      .where(eq(c.userId, userId))
      .orderBy(asc(c.id)),
  ]);
  return { preferences, consents };
}
