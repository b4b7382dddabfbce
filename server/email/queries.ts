import 'server-only';
import { desc } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { emailOutbox } from '@/database/schema';
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
  const rows = await appDatabase()
    .db.select({
      id: emailOutbox.id,
      to: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      text: emailOutbox.textBody,
      status: emailOutbox.status,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
