import { rows, testDatabase } from './database';

export async function emailsTo(
  address: string,
): Promise<{ subject: string; text: string; status: string }[]> {
  const result = await testDatabase().client.execute({
    sql: 'SELECT subject, text_body, status FROM email_outbox WHERE to_address = ? ORDER BY id',
    args: [address],
  });
  return result.rows.map((r) => ({
    subject: String(r.subject),
    text: String(r.text_body),
    status: String(r.status),
  }));
}

/** The token in the newest email link to `address` for `path` (e.g. /verify-email). */
export async function latestTokenFor(address: string, path: string): Promise<string> {
  const emails = await emailsTo(address);
  for (const email of emails.reverse()) {
    const match = email.text.match(new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`));
    if (match?.[1]) return match[1];
  }
  throw new Error(`No ${path} link sent to ${address}`);
}

/** The audited actions in order: on `targetId` when given, else all of them. */
export async function auditActions(targetId?: string): Promise<string[]> {
  const found =
    targetId === undefined
      ? await rows('SELECT action FROM audit_log ORDER BY id')
      : await rows('SELECT action FROM audit_log WHERE target_id = ? ORDER BY id', [targetId]);
  return found.map((r) => String(r.action));
}
