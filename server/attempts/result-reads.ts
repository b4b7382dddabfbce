import 'server-only';
import type { ResultSet } from '@libsql/client';
import type { SessionUser } from '@/lib/auth/guards';
import { attemptIdSchema } from '@/lib/validation/attempts';
import { appDatabase, rawStatement } from '@/server/db';
import { attemptPercentileStatement, percentileOfAttemptRow } from '@/server/percentile/queries';
import { num } from '@/server/row-values';
import { headStatement, ownedHeadOf, type AttemptHead } from './head';
import { attemptQuestionsStatement, questionRowsOf, type QuestionRow } from './question-rows';
import { closeIfExpired } from './submit';
import { practicableMistakesQuery } from './mistakes';

/** The result page's reads, sent as one read batch (one round trip, one snapshot). */
export interface ResultReads {
  attemptId: string;
  results: ResultSet[];
}

/**
 * Everything the result page shows, read in one batch that needs only the attempt id: the head,
 * the questions with the answers, how many mistakes can still be practised, and the mock's
 * percentile. The page starts it before its session check has answered (app/attempts/[id]/
 * lookups.ts); nothing of it is used before the head proved the attempt the caller's. Null for
 * a malformed id (nothing is read).
 */
export async function readResult(attemptId: unknown, now: Date): Promise<ResultReads | null> {
  const parsed = attemptIdSchema.safeParse(attemptId);
  if (!parsed.success) return null;
  const id = parsed.data;
  const results = await appDatabase().client.batch(
    [
      headStatement(id)!,
      attemptQuestionsStatement(id),
      rawStatement(practicableMistakesQuery(id)),
      attemptPercentileStatement(id, now),
    ],
    'read',
  );
  return { attemptId: id, results };
}

export interface EarlyResult {
  head: AttemptHead;
  rows: QuestionRow[];
  /** The mistakes count, for a submitted attempt with at least one mistake. */
  mistakes: number;
  percentile: number | null | undefined;
}

/**
 * The preloaded reads, once the caller is known: AttemptNotFoundError unless they own the
 * attempt; null when the reads are for another id, failed, or are stale because the deadline
 * rule has just closed the attempt (the caller then reads again).
 */
export async function earlyResult(
  preloaded: Promise<ResultReads | null> | undefined,
  id: unknown,
  user: SessionUser,
  now: Date,
): Promise<EarlyResult | null> {
  const reads = await preloaded?.catch(() => null);
  if (!reads || reads.attemptId !== attemptIdSchema.safeParse(id).data) return null;
  const [head, questions, mistakes, percentile] = reads.results;
  const read = ownedHeadOf(head?.rows[0], user);
  if ((await closeIfExpired(user, read, now)) !== read) return null;
  return {
    head: read,
    rows: questionRowsOf(questions),
    mistakes: num(mistakes?.rows[0]?.[0] ?? 0),
    percentile: percentileOfAttemptRow(percentile?.rows[0]),
  };
}
