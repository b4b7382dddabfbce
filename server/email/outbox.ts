import 'server-only';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { emailOutbox } from '@/database/schema';
import { appDatabase } from '../db';
import { serverEnv } from '../env';
import { kickInProcessWorker } from '../jobs/kick';
import { enqueueJob } from '../jobs/queue';
import { logger } from '../logger';
import type { EmailContent } from './templates';

/** Queues an email in the same batch as the change that causes it, so none is ever lost. */
export function queueEmailStatement(to: string, content: EmailContent, now: number) {
  return appDatabase()
    .db.insert(emailOutbox)
    .values({
      toAddress: to,
      subject: content.subject,
      textBody: content.text,
      htmlBody: content.html,
      headers: JSON.stringify(content.headers ?? {}),
      status: 'pending',
      createdAt: new Date(now),
    });
}

let transport: nodemailer.Transporter | null | undefined;
function smtpTransport(): nodemailer.Transporter | null {
  if (transport === undefined)
    transport = serverEnv.SMTP_URL ? nodemailer.createTransport(serverEnv.SMTP_URL) : null;
  return transport;
}

/**
 * Sends pending emails. Without SMTP_URL (development, tests) they are marked "captured" and
 * stay readable in the outbox (/dev/outbox). A failed send keeps the row with its error and is
 * retried on the next delivery, up to 5 attempts.
 */
export async function deliverPendingEmails(
  now: () => number = Date.now,
): Promise<{ sent: number; failed: number }> {
  const { db, write } = appDatabase();
  const pending = await db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      text: emailOutbox.textBody,
      html: emailOutbox.htmlBody,
      headers: emailOutbox.headers,
    })
    .from(emailOutbox)
    .where(and(inArray(emailOutbox.status, ['pending', 'failed']), lt(emailOutbox.attempts, 5)))
    .orderBy(asc(emailOutbox.id))
    .limit(20);
  const smtp = smtpTransport();
  const attempted = sql`${emailOutbox.attempts} + 1`;
  let sent = 0;
  let failed = 0;
  for (const email of pending) {
    const row = eq(emailOutbox.id, email.id);
    if (!smtp) {
      await write(() => db.update(emailOutbox).set({ status: 'captured', attempts: attempted }).where(row));
      continue;
    }
    try {
      await smtp.sendMail({
        from: serverEnv.EMAIL_FROM,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: JSON.parse(email.headers) as Record<string, string>,
      });
      await write(() =>
        db
          .update(emailOutbox)
          .set({ status: 'sent', attempts: attempted, sentAt: new Date(now()), lastError: null })
          .where(row),
      );
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn({ emailId: email.id, err: message }, 'email send failed; kept in outbox');
      await write(() =>
        db
          .update(emailOutbox)
          .set({ status: 'failed', attempts: attempted, lastError: message.slice(0, 500) })
          .where(row),
      );
      failed += 1;
    }
  }
  return { sent, failed };
}

/**
 * After a request that queued an email: the delivery job runs now instead of at its next minute
 * (server/jobs). Deliveries go only through the job queue, so two workers never send an email
 * twice. Errors are logged; the email stays queued either way.
 */
export function deliverInBackground(): void {
  void enqueueJob({ kind: 'email.deliver', dedupeKey: 'email.deliver', runAt: new Date() }, new Date())
    .then(kickInProcessWorker)
    .catch((error: unknown) => logger.error({ err: error }, 'could not queue the email delivery'));
}
