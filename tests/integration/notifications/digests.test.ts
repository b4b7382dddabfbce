import { describe, expect, it } from 'vitest';
import { CONSENT_WORDING } from '@/lib/notifications/consent-wording';
import { exportUserData } from '@/server/accounts/export';
import { sendDueDigests } from '@/server/notifications/digests';
import { saveEmailPreferences } from '@/server/notifications/preferences';
import { unsubscribeWithToken } from '@/server/notifications/unsubscribe';
import { ctx } from '../../helpers/context';
import { rows } from '../../helpers/database';
import { createAttempt, createReviewCard, createUser, questionBank } from '../../helpers/factories';
import type { SessionUser } from '@/lib/auth/guards';

// Saturday 5 December 2026, 18:30 UTC: inside the default window (18:00, quiet 21:00–08:00).
const EVENING = new Date('2026-12-05T18:30:00Z');
const HOUR = 3_600_000;
const later = (ms: number) => new Date(EVENING.getTime() + ms);

const FORM = { timeZone: 'UTC', sendHour: '18', quietStart: '21', quietEnd: '8' };
const DAILY = { dailyReminder: 'on', dailyReminderWording: CONSENT_WORDING.daily_reminder.id };

async function emailsTo(user: SessionUser) {
  return rows('SELECT subject, text_body, headers FROM email_outbox WHERE to_address = ? ORDER BY id', [
    user.email,
  ]);
}

/** A learner with a review due an hour before EVENING, opted in to the daily reminder unless told. */
async function learnerWithDueReview(optIn: Record<string, string> | null = DAILY) {
  const user = await createUser();
  const [question] = await questionBank('test-exam');
  await createReviewCard({ user, question: question!, due: later(-HOUR) });
  if (optIn) {
    const saved = await saveEmailPreferences(
      user,
      { ...FORM, ...optIn },
      ctx({ now: EVENING.getTime() - HOUR }),
    );
    expect(saved.ok).toBe(true);
  }
  return user;
}

describe('the daily reminder', () => {
  it('is sent to no one who did not opt in, and to no one whose box is unticked', async () => {
    const never = await learnerWithDueReview(null);
    const unticked = await learnerWithDueReview({});
    await sendDueDigests(EVENING);
    expect(await emailsTo(never)).toEqual([]);
    expect(await emailsTo(unticked)).toEqual([]);
    expect(await rows('SELECT count(*) AS n FROM email_consents WHERE user_id = ?', [unticked.id])).toEqual([
      { n: 0 },
    ]);
  });

  it('is queued once per local day, even by two concurrent runs and a retried one', async () => {
    const user = await learnerWithDueReview();
    await Promise.all([sendDueDigests(EVENING), sendDueDigests(EVENING)]);
    await sendDueDigests(later(15 * 60_000));
    const emails = await emailsTo(user);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe('1 review is due today');
    const headers = JSON.parse(String(emails[0]!.headers)) as Record<string, string>;
    expect(headers['List-Unsubscribe']).toMatch(/^<http.+\/api\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(String(emails[0]!.text_body)).toMatch(/\/unsubscribe\?token=/);
    expect(await rows('SELECT period FROM email_digest_sends WHERE user_id = ?', [user.id])).toEqual([
      { period: '2026-12-05' },
    ]);

    // The next local day is a new period.
    await sendDueDigests(later(24 * HOUR));
    expect(await emailsTo(user)).toHaveLength(2);
  });

  it('waits for the send hour, keeps quiet hours, and skips a learner who studied today', async () => {
    const user = await learnerWithDueReview();
    await sendDueDigests(later(-2 * HOUR)); // 16:30, before the send hour
    await sendDueDigests(later(3 * HOUR)); // 21:30, quiet
    expect(await emailsTo(user)).toEqual([]);

    const studied = await learnerWithDueReview();
    const [question] = await questionBank('test-exam');
    await createAttempt({
      user: studied,
      startedAt: later(-3 * HOUR),
      answers: [{ question: question!, correct: true, answeredAt: later(-3 * HOUR) }],
    });
    await sendDueDigests(EVENING);
    expect(await emailsTo(studied)).toEqual([]);
  });

  it('records the consent with its exact wording, and its withdrawal', async () => {
    const user = await learnerWithDueReview();
    await saveEmailPreferences(user, { ...FORM }, ctx({ now: EVENING.getTime() }));
    expect(
      await rows(
        'SELECT kind, action, source, wording_id, wording FROM email_consents WHERE user_id = ? ORDER BY id',
        [user.id],
      ),
    ).toEqual([
      {
        kind: 'daily_reminder',
        action: 'granted',
        source: 'account',
        wording_id: CONSENT_WORDING.daily_reminder.id,
        wording: CONSENT_WORDING.daily_reminder.text,
      },
      { kind: 'daily_reminder', action: 'withdrawn', source: 'account', wording_id: null, wording: null },
    ]);
    // The learner's data export holds both, and the choices.
    const exported = await exportUserData(user, ctx());
    expect(exported.emailPreferences).toEqual([
      expect.objectContaining({ daily_reminder: 0, time_zone: 'UTC' }),
    ]);
    expect(exported.emailConsents.map((c) => c.action)).toEqual(['granted', 'withdrawn']);
  });
});

describe('unsubscribing with the link', () => {
  it('withdraws the consent without sign-in, once, and no reminder follows', async () => {
    const user = await learnerWithDueReview();
    await sendDueDigests(EVENING);
    const [email] = await emailsTo(user);
    const token = /\/api\/unsubscribe\?token=([\w.-]+)>/.exec(
      (JSON.parse(String(email!.headers)) as Record<string, string>)['List-Unsubscribe']!,
    )![1]!;

    // A changed token is refused and changes nothing.
    const tampered = `${token.slice(0, -3)}${token.endsWith('abc') ? 'xyz' : 'abc'}`;
    await expect(unsubscribeWithToken(tampered, 'one_click', Date.now())).rejects.toThrow(/not valid/);
    expect(await rows('SELECT daily_reminder FROM email_preferences WHERE user_id = ?', [user.id])).toEqual([
      { daily_reminder: 1 },
    ]);

    expect(await unsubscribeWithToken(token, 'one_click', Date.now())).toMatchObject({ changed: true });
    expect(await unsubscribeWithToken(token, 'unsubscribe_page', Date.now())).toMatchObject({
      changed: false,
    });
    expect(await rows('SELECT daily_reminder FROM email_preferences WHERE user_id = ?', [user.id])).toEqual([
      { daily_reminder: 0 },
    ]);
    expect(
      await rows("SELECT source FROM email_consents WHERE user_id = ? AND action = 'withdrawn'", [user.id]),
    ).toEqual([{ source: 'one_click' }]);

    await sendDueDigests(later(24 * HOUR));
    expect(await emailsTo(user)).toHaveLength(1);
  });
});

describe('the weekly summary', () => {
  it('sums up last week once, on Monday at the send hour', async () => {
    const user = await createUser();
    const [question] = await questionBank('test-exam');
    await saveEmailPreferences(
      user,
      { ...FORM, weeklySummary: 'on', weeklySummaryWording: CONSENT_WORDING.weekly_summary.id },
      ctx({ now: EVENING.getTime() }),
    );
    // Two answers on Thursday 3 December: in the week of 30 November.
    await createAttempt({
      user,
      startedAt: new Date('2026-12-03T10:00:00Z'),
      answers: [
        { question: question!, correct: true, answeredAt: new Date('2026-12-03T10:01:00Z') },
        {
          question: (await questionBank('test-exam'))[1]!,
          correct: false,
          answeredAt: new Date('2026-12-03T10:02:00Z'),
        },
      ],
    });
    const monday = new Date('2026-12-07T18:15:00Z');
    await sendDueDigests(monday);
    await sendDueDigests(new Date(monday.getTime() + HOUR));
    const emails = await emailsTo(user);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe('Your week on PingToPass: 2 questions');
    expect(String(emails[0]!.text_body)).toContain('Last week (30 Nov – 6 Dec) you did 2 questions.');
    expect(await rows('SELECT period FROM email_digest_sends WHERE user_id = ?', [user.id])).toEqual([
      { period: '2026-W49' },
    ]);
  });
});
