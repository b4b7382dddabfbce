import 'server-only';
import type { Client, InStatement, InValue, ResultSet } from '@libsql/client';
import { settingsOf } from '@/lib/exam/kinds';
import { scoreAttempt } from '@/lib/exam/scoring';
import { closingOf, isPastDeadline } from '@/lib/exam/timing';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '@/server/db';
import { logger } from '@/server/logger';
import { reviewStatementsForSubmittedSession } from '@/server/review/session-sync';
import { latestMockStatements } from '@/server/percentile/latest-mock';
import { numOrNull, optionsOf, selectedOf } from '@/server/row-values';
import { AttemptClosedError, AttemptNotFoundError } from '@/lib/exam/errors';
import { attemptIdSchema } from '@/lib/validation/attempts';
import { ownedAttempt, type AttemptHead } from './head';
import { attemptQuestionRows, type QuestionRow } from './question-rows';
import { ANSWERS_STATE_SQL, readForSubmit, snapshotOf, type SubmitReads } from './submit-reads';

// Raw SQL on purpose (a hot path): submit + score a 65-question attempt with its 65 review cards,
// one commit, p50 6.7 ms against a 10 ms target (bench/attempts.bench.ts, docs/PERFORMANCE.md).

/**
 * Scores the attempt against the versions it showed and closes it, in one atomic batch. Runs
 * inside the write queue (the caller's `write`), so no answer save of this process can slip in
 * between reading the answers and storing the score; the status guard makes a second
 * submission (from another process) a no-op.
 */
async function finalize(
  client: Client,
  head: AttemptHead,
  now: Date,
  { rows, reviewStatements }: { rows: QuestionRow[]; reviewStatements: InStatement[] },
  /** A further condition of the UPDATE (the answers are still as read), with its arguments. */
  also?: { sql: string; args: InValue[] },
): Promise<boolean> {
  const score = scoreAttempt(
    rows.map((row) => ({
      objectiveId: numOrNull(row.objective_id),
      options: optionsOf(row.options),
      selected: selectedOf(row.selected),
      settings: settingsOf(row.settings),
    })),
    head.mode === 'mock' ? head.settings.passingScore : null,
  );
  const { submittedAt, reason } = closingOf(head.deadlineAt, now);
  const closing: InStatement[] = [
    {
      sql: `UPDATE study_sessions SET status = 'submitted', submitted_at = ?, submit_reason = ?, correct_count = ?, score_percent = ?, passed = ?, last_activity = ?
        WHERE id = ? AND status = 'in_progress'${also ? ` AND ${also.sql}` : ''}`,
      args: [
        submittedAt.getTime(),
        reason,
        score.correct,
        score.percent,
        score.passed === null ? null : score.passed ? 1 : 0,
        now.getTime(),
        head.id,
        ...(also?.args ?? []),
      ],
    },
    // A cleared answer is kept as [] while the attempt runs (so a late, older save cannot bring
    // it back); once closed it is simply unanswered.
    { sql: `DELETE FROM user_answers WHERE session_id = ? AND selected = '[]'`, args: [head.id] },
    // A mock becomes the learner's latest in the percentile's distribution, in the same commit.
    ...latestMockStatements(head.mode, head.id),
  ];
  const closed = (results: ResultSet[]) => (results[0]?.rowsAffected ?? 0) > 0;
  if (reviewStatements.length === 0) return closed(await client.batch(closing, 'write'));
  try {
    // Every answered question becomes (or updates) a spaced-repetition card, in the same commit.
    return closed(await client.batch([...closing, ...reviewStatements], 'write'));
  } catch (error) {
    // Never let the cards cost the learner the result: close without them; the catch-up sync
    // (dashboard, review page) retries the cards later.
    logger.error(
      { err: error, sessionId: head.id },
      'review cards of a submission failed; submitted without them',
    );
    return closed(await client.batch(closing, 'write'));
  }
}

/**
 * The statements that turn the answers into review cards, planned before the submit batch and
 * appended to it: they check, when they run, that the UPDATE before them submitted the session.
 * A planning failure must not block the submission: it is logged and left to the catch-up sync.
 */
async function planReviews(
  sessionId: string,
  plan: () => Promise<InStatement[]> | InStatement[],
): Promise<InStatement[]> {
  try {
    return await plan();
  } catch (error) {
    logger.error({ err: error, sessionId }, 'planning the review cards of a submission failed');
    return [];
  }
}

/**
 * Re-reads and finalizes inside the write queue; returns the attempt as it is afterwards and
 * whether this call closed it (false when something else closed it first).
 */
async function closeAttempt(
  user: SessionUser,
  id: string,
  now: Date,
): Promise<{ head: AttemptHead; closedNow: boolean }> {
  const { client, write } = appDatabase();
  return write(async () => {
    // The re-read, the questions and the review plan travel together (one round-trip time, not
    // three, against a remote primary); rows and plan are used only if the head shows it open.
    const [head, rows, reviewStatements] = await Promise.all([
      ownedAttempt(client, user, id),
      attemptQuestionRows(client, id),
      planReviews(id, () => reviewStatementsForSubmittedSession(client, id, now)),
    ]);
    if (head.status !== 'in_progress') return { head, closedNow: false };
    await finalize(client, head, now, { rows, reviewStatements });
    return { head: await ownedAttempt(client, user, id), closedNow: true };
  });
}

/**
 * The server's deadline rule: an open attempt past its deadline is submitted (as a timeout, at
 * its deadline) the moment anything touches it. Every service that reads or changes an attempt
 * passes through here first.
 */
export async function closeIfExpired(user: SessionUser, head: AttemptHead, now: Date): Promise<AttemptHead> {
  if (head.status !== 'in_progress' || !isPastDeadline(head.deadlineAt, now)) return head;
  return (await closeAttempt(user, head.id, now)).head;
}

/** An owned attempt, already closed if its time ran out. */
export async function touchAttempt(actor: SessionUser | null, id: unknown, now: Date): Promise<AttemptHead> {
  const user = assertUser(actor);
  const head = await ownedAttempt(appDatabase().client, user, id);
  return closeIfExpired(user, head, now);
}

export interface SubmitOutcome {
  id: string;
  /** False when it had been submitted before (this call changed nothing). */
  submittedNow: boolean;
  reason: 'learner' | 'timeout' | null;
}

/**
 * Submits and scores the attempt. Submitting twice is harmless: the second call changes nothing
 * and reports the same attempt. An abandoned attempt cannot be submitted.
 *
 * Round trips: the reads (submit-reads.ts; the routes start them with their session check,
 * `preloaded`), then one batch that scores what was read, closes the attempt and writes its
 * review cards, applying only while the answers are still as read (ANSWERS_STATE_SQL). Should a
 * save have come in between, nothing was written and the submit is done again inside the write
 * queue, reading again (closeAttempt).
 */
export async function submitAttempt(
  actor: SessionUser | null,
  id: unknown,
  now: Date,
  preloaded?: Promise<SubmitReads | null>,
): Promise<SubmitOutcome> {
  const user = assertUser(actor);
  const early = await preloaded?.catch(() => null);
  const reads =
    early && early.attemptId === attemptIdSchema.safeParse(id).data ? early : await readForSubmit(id);
  if (!reads) throw new AttemptNotFoundError();
  // Ownership first: nothing read is used, nothing written, for anyone else.
  const snapshot = snapshotOf(reads, user);
  const before = snapshot.head;
  if (before.status === 'abandoned') throw new AttemptClosedError(before.id, 'abandoned');
  if (before.status === 'submitted')
    return { id: before.id, submittedNow: false, reason: before.submitReason };
  const reviewStatements = await planReviews(before.id, () => snapshot.reviewStatements(now));
  const { client, write } = appDatabase();
  const closedNow = await write(() =>
    finalize(
      client,
      before,
      now,
      { rows: snapshot.rows, reviewStatements },
      { sql: `${ANSWERS_STATE_SQL} = ?`, args: [before.id, snapshot.answersState] },
    ),
  );
  if (closedNow)
    return { id: before.id, submittedNow: true, reason: closingOf(before.deadlineAt, now).reason };
  const { head: after, closedNow: closed } = await closeAttempt(user, before.id, now);
  if (after.status === 'abandoned') throw new AttemptClosedError(after.id, 'abandoned');
  return { id: after.id, submittedNow: closed, reason: after.submitReason };
}

/**
 * Abandons an open attempt (it stays in the history, unscored). An attempt whose time already
 * ran out is submitted instead, as the deadline rule says.
 */
export async function abandonAttempt(
  actor: SessionUser | null,
  id: unknown,
  now: Date,
): Promise<{ id: string; status: 'abandoned' | 'submitted' }> {
  const user = assertUser(actor);
  const head = await closeIfExpired(user, await ownedAttempt(appDatabase().client, user, id), now);
  if (head.status === 'submitted') return { id: head.id, status: 'submitted' };
  if (head.status === 'abandoned') return { id: head.id, status: 'abandoned' };
  const { client, write } = appDatabase();
  await write(() =>
    client.batch(
      [
        {
          sql: `UPDATE study_sessions SET status = 'abandoned', last_activity = ? WHERE id = ? AND user_id = ? AND status = 'in_progress'`,
          args: [now.getTime(), head.id, user.id],
        },
        { sql: `DELETE FROM user_answers WHERE session_id = ? AND selected = '[]'`, args: [head.id] },
      ],
      'write',
    ),
  );
  const after = await ownedAttempt(client, user, head.id);
  return { id: after.id, status: after.status === 'submitted' ? 'submitted' : 'abandoned' };
}
