import 'server-only';
import { appDatabase } from '../db';

export interface OutboxEmail {
  id: number;
  to: string;
  subject: string;
  text: string;
  status: string;
  lastError: string | null;
  createdAt: string;
}

/** The newest emails, for the development outbox page. Callers check the environment. */
export async function listOutbox(limit = 50): Promise<OutboxEmail[]> {
  const result = await appDatabase().client.execute({
    sql: 'SELECT id, to_address, subject, text_body, status, last_error, created_at FROM email_outbox ORDER BY id DESC LIMIT ?',
    args: [limit],
  });
  return result.rows.map((r) => ({
    id: Number(r.id),
    to: String(r.to_address),
    subject: String(r.subject),
    text: String(r.text_body),
    status: String(r.status),
    lastError: r.last_error === null ? null : String(r.last_error),
    createdAt: new Date(Number(r.created_at)).toISOString(),
  }));
}
