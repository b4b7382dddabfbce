import { z } from 'zod';
import './zod-setup';
import { parseTimeZone } from '@/lib/progress/time-zone';
import { CONSENT_WORDING } from '@/lib/notifications/consent-wording';
import { sendWindowProblem } from '@/lib/notifications/send-window';

const hour = (what: string) =>
  z.coerce
    .number({ message: `Choose ${what}.` })
    .int(`Choose ${what}.`)
    .min(0, `Choose ${what}.`)
    .max(23, `Choose ${what}.`);

/** A checkbox: present ("on") when ticked, absent otherwise. */
const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on');

/** The wording id the page showed next to a ticked box: a stale page must not record other words. */
const wordingId = (expected: string) =>
  z
    .string()
    .optional()
    .refine((value) => value === undefined || value === expected, {
      message: 'The wording of this choice changed since the page loaded. Reload the page and choose again.',
    });

/** The email preferences form of the account page (components/account/email-preferences.tsx). */
export const emailPreferencesSchema = z
  .object({
    dailyReminder: checkbox,
    weeklySummary: checkbox,
    dailyReminderWording: wordingId(CONSENT_WORDING.daily_reminder.id),
    weeklySummaryWording: wordingId(CONSENT_WORDING.weekly_summary.id),
    timeZone: z
      .string({ message: 'Choose your time zone.' })
      .trim()
      .transform((value, ctx) => {
        const zone = parseTimeZone(value);
        if (!zone)
          ctx.addIssue({ code: 'custom', message: 'Choose a time zone from the list, e.g. Europe/Berlin.' });
        return zone ?? '';
      }),
    sendHour: hour('when to send'),
    quietStart: hour('when quiet hours start'),
    quietEnd: hour('when quiet hours end'),
  })
  .superRefine((value, ctx) => {
    const problem = sendWindowProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['sendHour'], message: problem });
  });

export type EmailPreferencesInput = z.infer<typeof emailPreferencesSchema>;

/** The unsubscribe page's form and the one-click POST: the token from the link. */
export const unsubscribeTokenSchema = z.object({
  token: z
    .string({ message: 'This unsubscribe link is incomplete.' })
    .trim()
    .min(1, 'This unsubscribe link is incomplete.')
    .max(400, 'This unsubscribe link is not valid.'),
});
