import type { EmailKind } from './send-window';

/**
 * The exact words a learner agrees to when opting in, versioned: the consent record stores the id
 * and the text, so what was shown stays provable after the wording changes. Change the text →
 * give it a new id.
 */
export interface ConsentWording {
  id: string;
  label: string;
  text: string;
}

export const CONSENT_WORDING: Record<EmailKind, ConsentWording> = {
  daily_reminder: {
    id: 'daily-reminder-v1',
    label: 'Daily reminder',
    text: 'Email me a reminder on days when I have reviews due and have not studied yet, at my chosen time and never during my quiet hours. I can unsubscribe with one click from any of these emails.',
  },
  weekly_summary: {
    id: 'weekly-summary-v1',
    label: 'Weekly summary',
    text: 'Email me a summary each Monday: questions I did last week, how my readiness changed, my weakest objective and the days left to my exam. I can unsubscribe with one click from any of these emails.',
  },
};

/** The names a learner sees for each kind, e.g. on the unsubscribe page. */
export const EMAIL_KIND_NAMES: Record<EmailKind, string> = {
  daily_reminder: 'daily study reminders',
  weekly_summary: 'weekly progress summaries',
};
