import 'server-only';
import type { InStatement, ResultSet } from '@libsql/client';
import { appDatabase } from '@/server/db';
import { logger } from '@/server/logger';
import { num, str } from '@/server/row-values';
import { syncWithClient } from './session-sync';

// Raw SQL on purpose: the dashboard (p50 6.9 ms) and the review queue (1.35 ms) run this first on
// every visit (bench/progress.bench.ts).
// Sessions are synced once and never leave 'submitted', so "fewer sync rows than submitted
// sessions" is exactly "something is waiting". Two index range counts: cheap on every visit.
export const PENDING_SQL = `SELECT
    (SELECT count(*) FROM study_sessions WHERE user_id = ? AND status = 'submitted')
  - (SELECT count(*) FROM review_session_syncs WHERE user_id = ?) AS pending`;

// Oldest first: FSRS must see a card's reviews in the order they happened.
export const WAITING_SQL = `SELECT s.id FROM study_sessions s
  WHERE s.user_id = ? AND s.status = 'submitted'
    AND NOT EXISTS (SELECT 1 FROM review_session_syncs r WHERE r.session_id = s.id)
  ORDER BY s.last_activity, s.id
  LIMIT ?`;

/** Sessions synced per call; the rest wait for the next visit (keeps one request short). */
export const CATCH_UP_LIMIT = 25;

/**
 * Turns the learner's submitted sessions that are not yet cards into cards (see
 * session-sync.ts). The dashboard and the review queue call this first, so progress is
 * complete even where the submit flow did not sync (an older submission, a crash between the
 * two batches, a deadline that passed while nobody was looking). Best effort: a session that
 * fails to sync is logged and retried on the next visit, and the page still renders.
 */
export async function catchUpReviewSync(userId: string, now: Date, limit = CATCH_UP_LIMIT): Promise<number> {
  // The cheap count and the list go out together (one round-trip time against a remote primary).
  const reads = await appDatabase().client.batch(catchUpStatements(userId, limit), 'read');
  return catchUpFromReads(userId, now, reads);
}

/** The catch-up's two reads, for a caller that sends them in a read batch of its own (the dashboard's). */
export function catchUpStatements(userId: string, limit = CATCH_UP_LIMIT): InStatement[] {
  return [
    { sql: PENDING_SQL, args: [userId, userId] },
    { sql: WAITING_SQL, args: [userId, limit] },
  ];
}

/** catchUpReviewSync once catchUpStatements' results are read: syncs what is waiting, if anything. */
export async function catchUpFromReads(
  userId: string,
  now: Date,
  [pending, waiting]: readonly (ResultSet | undefined)[],
): Promise<number> {
  if (num(pending?.rows[0]?.pending) <= 0) return 0;
  const { client, write } = appDatabase();
  const ids = (waiting?.rows ?? []).map((row) => str(row.id));
  return write(async () => {
    let synced = 0;
    for (const id of ids) {
      try {
        synced += await syncWithClient(client, id, now);
      } catch (error) {
        logger.error({ err: error, sessionId: id }, 'review sync of a submitted session failed');
      }
    }
    return synced;
  });
}
