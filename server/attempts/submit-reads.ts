import 'server-only';
import type { InStatement, ResultSet } from '@libsql/client';
import type { SessionUser } from '@/lib/auth/guards';
import { AttemptNotFoundError } from '@/lib/exam/errors';
import { attemptIdSchema } from '@/lib/validation/attempts';
import { appDatabase } from '@/server/db';
import { planFromReads, sessionSyncReads } from '@/server/review/session-sync';
import { str } from '@/server/row-values';
import { headStatement, ownedHeadOf, type AttemptHead } from './head';
import { attemptQuestionsStatement, questionRowsOf, type QuestionRow } from './question-rows';

/**
 * What the answers of an attempt look like to a submit: for every answer that counts (a cleared
 * one, kept as [] while the attempt runs, does not), its question, revision and flag, in question
 * order. A save that changes anything the score or the review cards use changes it: an upsert
 * raises the revision, a first answer adds an element, clearing one removes it, a flag flips it.
 * The submit reads it with the answers it scores and its UPDATE applies only while it is still
 * the same, so its reads can go out before the write queue (see submit.ts, submitAttempt).
 */
export const ANSWERS_STATE_SQL = `(SELECT json_group_array(x) FROM (
    SELECT json_array(ua.question_id, ua.revision, sq.flagged) AS x
    FROM user_answers ua JOIN session_questions sq ON sq.session_id = ua.session_id AND sq.question_id = ua.question_id
    WHERE ua.session_id = ? AND ua.selected <> '[]' ORDER BY ua.question_id))`;

/** The submit's reads, sent as one read batch (one round trip, one snapshot). */
export interface SubmitReads {
  attemptId: string;
  results: ResultSet[];
}

/**
 * Reads everything a submit needs in one read batch: the head, the questions with their stored
 * answers, the review-card plan's two reads and the answers' state. Read-only and independent of
 * who asks, so the submit routes start it with their session check (`preload`); null for a
 * malformed id (nothing is read). Nothing of it is used before the head proved the caller owns it.
 */
export async function readForSubmit(attemptId: unknown): Promise<SubmitReads | null> {
  const parsed = attemptIdSchema.safeParse(attemptId);
  if (!parsed.success) return null;
  const id = parsed.data;
  const statements: InStatement[] = [
    headStatement(id)!,
    attemptQuestionsStatement(id),
    ...sessionSyncReads(id),
    { sql: `SELECT ${ANSWERS_STATE_SQL} AS state`, args: [id] },
  ];
  return { attemptId: id, results: await appDatabase().client.batch(statements, 'read') };
}

export interface SubmitSnapshot {
  head: AttemptHead;
  rows: QuestionRow[];
  /** The answers' state the rows were read at (ANSWERS_STATE_SQL). */
  answersState: string;
  /** The review-card statements, valid only while the answers' state is still `answersState`. */
  reviewStatements(now: Date): InStatement[];
}

/** The snapshot, once `user` is known: AttemptNotFoundError unless they own the attempt. */
export function snapshotOf(reads: SubmitReads, user: SessionUser): SubmitSnapshot {
  const [head, questions, session, answers, state] = reads.results;
  const owned = ownedHeadOf(head?.rows[0], user);
  const answersState = str(state?.rows[0]?.state ?? '[]');
  if (owned.id !== reads.attemptId) throw new AttemptNotFoundError();
  return {
    head: owned,
    rows: questionRowsOf(questions),
    answersState,
    reviewStatements: (now) =>
      planFromReads(owned.id, [session!, answers!], now, {
        sql: `${ANSWERS_STATE_SQL} = ?`,
        args: [owned.id, answersState],
      }).statements,
  };
}
