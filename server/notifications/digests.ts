import 'server-only';
import { and, desc, eq, isNotNull, isNull, or } from 'drizzle-orm';
import { emailDigestSends, emailPreferences, users } from '@/database/schema';
import type { SessionUser } from '@/lib/auth/guards';
import { duePeriod, type DuePeriod, type EmailKind } from '@/lib/notifications/send-window';
import { daysBetween } from '@/lib/study-plan/daily-plan';
import { appDatabase, isUniqueViolation, writeBatch } from '../db';
import { deliverInBackground, queueEmailStatement } from '../email/outbox';
import type { EmailContent } from '../email/templates';
import { serverEnv } from '../env';
import { logger } from '../logger';
import { getDashboard } from '../progress/dashboard';
import { LAST_STUDY_SQL } from '../study-plan/plan-facts';
import { dailyReminderEmail, weeklySummaryEmail, type WeeklyExamLine } from './templates';
import { unsubscribeLinks } from './unsubscribe';

/** Learners handled per run; the rest are still inside their window at the next run (15 min). */
const LEARNERS_PER_RUN = 500;

interface Recipient {
  user: SessionUser;
  timeZone: string;
  window: { sendHour: number; quietStart: number; quietEnd: number };
}

interface Draft {
  content: EmailContent;
  facts: Record<string, unknown>;
}

// Cards due now in active questions (the review queue's own rule: not suspended).
const DUE_NOW_SQL = `SELECT count(*) AS n FROM review_cards c JOIN questions q ON q.id = c.question_id AND q.is_active = 1
  WHERE c.user_id = ? AND c.suspended = 0 AND c.due <= ?`;
// Questions answered in sessions plus reviews done in the review queue, in [from, to).
const DONE_SQL = `SELECT (SELECT count(*) FROM user_answers WHERE user_id = ? AND answered_at >= ? AND answered_at < ?)
  + (SELECT count(*) FROM review_logs WHERE user_id = ? AND kind = 'review' AND reviewed_at >= ? AND reviewed_at < ?) AS n`;

/** A reminder only when reviews are due and the learner has done nothing yet today (their day). */
async function draftReminder(r: Recipient, due: DuePeriod, now: Date): Promise<Draft | null> {
  const { client } = appDatabase();
  const [cards, last] = await Promise.all([
    client.execute({ sql: DUE_NOW_SQL, args: [r.user.id, now.getTime()] }),
    client.execute({ sql: LAST_STUDY_SQL, args: [r.user.id, r.user.id] }),
  ]);
  const reviewsDue = Number(cards.rows[0]?.n ?? 0);
  const lastStudy = last.rows[0]?.at;
  if (reviewsDue === 0 || (lastStudy != null && Number(lastStudy) >= due.from)) return null;
  const links = unsubscribeLinks(r.user.id, 'daily_reminder', now.getTime());
  const content = dailyReminderEmail(
    { name: r.user.name, reviewsDue, reviewUrl: `${serverEnv.APP_URL}/review` },
    links,
  );
  return { content, facts: { reviewsDue } };
}

/** The readiness per exam the last summary reported, to say how it changed since. */
async function previousReadiness(userId: string): Promise<Record<string, number>> {
  const [row] = await appDatabase()
    .db.select({ facts: emailDigestSends.facts })
    .from(emailDigestSends)
    .where(and(eq(emailDigestSends.userId, userId), eq(emailDigestSends.kind, 'weekly_summary')))
    .orderBy(desc(emailDigestSends.period))
    .limit(1);
  if (!row) return {};
  return (JSON.parse(row.facts) as { readiness?: Record<string, number> }).readiness ?? {};
}

const weekLabel = (from: number, to: number, timeZone: string) => {
  const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone });
  return `${format.format(from)} – ${format.format(to - 1)}`;
};

/** Always sent to who asked for it: a quiet week is worth saying too. */
async function draftSummary(r: Recipient, due: DuePeriod, now: Date): Promise<Draft> {
  const { client } = appDatabase();
  const id = r.user.id;
  const [done, dashboard, before] = await Promise.all([
    client.execute({ sql: DONE_SQL, args: [id, due.from, due.to, id, due.from, due.to] }),
    getDashboard(r.user, { tz: r.timeZone }, now),
    previousReadiness(id),
  ]);
  const readiness: Record<string, number> = {};
  const exams: WeeklyExamLine[] = dashboard.exams.map((exam) => {
    const known = exam.readiness.enoughData ? exam.readiness.predicted : null;
    if (known !== null) readiness[exam.slug] = known;
    const weakest = exam.objectives.find((o) => o.level !== 'unknown');
    return {
      title: exam.title,
      readinessNow: known,
      readinessBefore: before[exam.slug] ?? null,
      passingScore: exam.passingScore,
      weakest: weakest ? { title: weakest.title, mastery: weakest.estimate } : null,
      daysToExam: exam.plan ? Math.max(0, daysBetween(due.today, exam.plan.examDate)) : null,
    };
  });
  const questionsDone = Number(done.rows[0]?.n ?? 0);
  const content = weeklySummaryEmail(
    {
      name: r.user.name,
      weekLabel: weekLabel(due.from, due.to, r.timeZone),
      questionsDone,
      exams,
      dashboardUrl: `${serverEnv.APP_URL}/dashboard`,
    },
    unsubscribeLinks(id, 'weekly_summary', now.getTime()),
  );
  return { content, facts: { questionsDone, readiness } };
}

/**
 * Queues the email and marks the period sent, in one batch. The primary key (user, kind,
 * period) refuses a second row, so a second worker or a retried run queues nothing: false.
 */
async function queueOnce(r: Recipient, kind: EmailKind, period: string, draft: Draft, now: Date) {
  const { db } = appDatabase();
  try {
    await writeBatch([
      db.insert(emailDigestSends).values({
        userId: r.user.id,
        kind,
        period,
        facts: JSON.stringify(draft.facts),
        createdAt: now,
      }),
      queueEmailStatement(r.user.email, draft.content, now.getTime()),
    ]);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

async function alreadySent(userId: string, kind: EmailKind, period: string): Promise<boolean> {
  const result = await appDatabase().client.execute({
    sql: 'SELECT 1 FROM email_digest_sends WHERE user_id = ? AND kind = ? AND period = ?',
    args: [userId, kind, period],
  });
  return result.rows.length > 0;
}

async function opted(): Promise<(Recipient & { kinds: EmailKind[] })[]> {
  const rows = await appDatabase()
    .db.select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      prefs: emailPreferences,
    })
    .from(emailPreferences)
    .innerJoin(users, eq(users.id, emailPreferences.userId))
    // Only verified, enabled accounts: never mail an address nobody confirmed.
    .where(
      and(
        or(eq(emailPreferences.dailyReminder, true), eq(emailPreferences.weeklySummary, true)),
        isNotNull(users.emailVerifiedAt),
        isNull(users.disabledAt),
      ),
    );
  return rows.map(({ prefs, ...user }) => ({
    user,
    timeZone: prefs.timeZone,
    window: { sendHour: prefs.sendHour, quietStart: prefs.quietStart, quietEnd: prefs.quietEnd },
    kinds: [
      ...(prefs.dailyReminder ? (['daily_reminder'] as const) : []),
      ...(prefs.weeklySummary ? (['weekly_summary'] as const) : []),
    ],
  }));
}

/**
 * The recurring 'email.digests' job: for each opted-in learner whose local time is past their
 * send hour and outside quiet hours, queue the period's email unless it went already. A failure
 * for one learner does not stop the others; the run then fails (visible on /admin/jobs) and its
 * retry sends only what is still missing.
 */
export async function sendDueDigests(now: Date): Promise<{ queued: number }> {
  let queued = 0;
  let handled = 0;
  const failures: string[] = [];
  for (const recipient of await opted()) {
    for (const kind of recipient.kinds) {
      const due = duePeriod(kind, now, recipient.timeZone, recipient.window);
      if (!due || handled >= LEARNERS_PER_RUN) continue;
      if (await alreadySent(recipient.user.id, kind, due.period)) continue;
      handled += 1;
      try {
        const draft =
          kind === 'daily_reminder'
            ? await draftReminder(recipient, due, now)
            : await draftSummary(recipient, due, now);
        if (draft && (await queueOnce(recipient, kind, due.period, draft, now))) queued += 1;
      } catch (error) {
        logger.error({ err: error, userId: recipient.user.id, kind }, 'could not queue a digest email');
        failures.push(`${kind} for ${recipient.user.id}`);
      }
    }
  }
  if (queued > 0) deliverInBackground();
  if (failures.length > 0)
    throw new Error(`Could not queue ${failures.length} email(s): ${failures.slice(0, 5).join(', ')}`);
  return { queued };
}
