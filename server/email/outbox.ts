import 'server-only';
import type { InStatement } from '@libsql/client';
import nodemailer from 'nodemailer';
import { appDatabase } from '../db';
import { serverEnv } from '../env';
import { logger } from '../logger';
import type { EmailContent } from './templates';

/** Queues an email in the same batch as the change that causes it, so none is ever lost. */
export function queueEmailStatement(to: string, content: EmailContent, now: number): InStatement {
  return {
    sql: 'INSERT INTO email_outbox (to_address, subject, text_body, html_body, status, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    args: [to, content.subject, content.text, content.html, 'pending', now],
  };
}

let transport: nodemailer.Transporter | null | undefined;
function smtpTransport(): nodemailer.Transporter | null {
  if (transport === undefined) transport = serverEnv.SMTP_URL ? nodemailer.createTransport(serverEnv.SMTP_URL) : null;
  return transport;
}

/**
 * Sends pending emails. Without SMTP_URL (development, tests) they are marked "captured" and
 * stay readable in the outbox (/dev/outbox). A failed send keeps the row with its error and is
 * retried on the next delivery, up to 5 attempts.
 */
export async function deliverPendingEmails(now: () => number = Date.now): Promise<{ sent: number; failed: number }> {
  const { client, write } = appDatabase();
  const pending = await client.execute("SELECT id, to_address, subject, text_body, html_body FROM email_outbox WHERE status IN ('pending', 'failed') AND attempts < 5 ORDER BY id LIMIT 20");
  const smtp = smtpTransport();
  let sent = 0;
  let failed = 0;
  for (const row of pending.rows) {
    const id = Number(row.id);
    if (!smtp) {
      await write((_db, c) => c.execute({ sql: "UPDATE email_outbox SET status = 'captured', attempts = attempts + 1 WHERE id = ?", args: [id] }));
      continue;
    }
    try {
      await smtp.sendMail({ from: serverEnv.EMAIL_FROM, to: String(row.to_address), subject: String(row.subject), text: String(row.text_body), html: String(row.html_body) });
      await write((_db, c) => c.execute({ sql: "UPDATE email_outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL WHERE id = ?", args: [now(), id] }));
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn({ emailId: id, err: message }, 'email send failed; kept in outbox');
      await write((_db, c) => c.execute({ sql: "UPDATE email_outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?", args: [message.slice(0, 500), id] }));
      failed += 1;
    }
  }
  return { sent, failed };
}

/** Fire-and-forget delivery after a request; errors are logged, the email stays queued. */
export function deliverInBackground(): void {
  void deliverPendingEmails().catch((error: unknown) => logger.error({ err: error }, 'email delivery crashed'));
}
