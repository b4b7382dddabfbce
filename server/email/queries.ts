import 'server-only';
import { notFound } from 'next/navigation';
import { requireRole } from '../auth/session';
import { appDatabase } from '../db';
import { serverEnv } from '../env';

export interface OutboxEmail {
  id: number;
  to: string;
  subject: string;
  text: string;
  status: string;
  lastError: string | null;
  createdAt: string;
}

/**
 * The newest emails, for the development outbox page. It holds password-reset links, so it
 * exists only under `next dev` (NODE_ENV=development, whatever the database environment: a
 * production build never has it) and only for admins (the demo admin in development).
 */
export async function listOutboxForDeveloper(limit = 50): Promise<OutboxEmail[]> {
  if (serverEnv.NODE_ENV !== 'development') notFound();
  await requireRole(['admin'], '/dev/outbox');
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
