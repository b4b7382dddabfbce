import 'server-only';
import { schedulingValues } from '@/lib/review/card-state';
import type { Client, InArgs, InStatement, InValue, ResultSet } from '@libsql/client';
import { z } from 'zod';
import { slowThresholdMs } from '@/lib/review/rating';
import {
  logRowValues,
  planSessionReviews,
  type SessionAnswer,
  type SessionPlan,
} from '@/lib/review/session-plan';
import { appDatabase, valuesPlaceholders } from '@/server/db';
import { jsonRowsOf } from '@/server/json-rows';
import { num, schedulingStateOf, str } from '@/server/row-values';

// Raw SQL on purpose (a hot path): these statements are part of the submit's one commit (submit +
// score + 65 cards p50 6.7 ms, target 10 ms; bench/attempts.bench.ts) and of the catch-up sync.
const SESSION_SQL = `SELECT s.user_id, s.status, e.duration_minutes, e.question_count,
    EXISTS (SELECT 1 FROM review_session_syncs r WHERE r.session_id = s.id) AS synced
  FROM study_sessions s JOIN exams e ON e.id = s.exam_id
  WHERE s.id = ?`;

// The session's answers (a cleared answer, kept as [] while a session runs, is no answer) with
// the learner's card of each question, if any. The objective is the one pinned when the
// session showed the question. One JSON document (selectJsonRows; 2.2 ms as the 65 rows of a
// mock, 0.8 ms as JSON); the card's floats travel as 17-digit text, which is exact.
export const ANSWERS_SQL = `SELECT json_group_array(json_object(
    'question_id', ua.question_id, 'is_correct', ua.is_correct, 'score', ua.score, 'time_spent_ms', ua.time_spent_ms,
    'answered_at', ua.answered_at, 'flagged', sq.flagged, 'objective_id', coalesce(sq.objective_id, q.objective_id),
    'card_id', c.id, 'state', c.state, 'due', c.due, 'stability', printf('%!.17g', c.stability),
    'difficulty', printf('%!.17g', c.difficulty), 'elapsed_days', c.elapsed_days, 'scheduled_days', c.scheduled_days,
    'learning_steps', c.learning_steps, 'reps', c.reps, 'lapses', c.lapses, 'last_review', c.last_review)) AS rows
  FROM user_answers ua
  JOIN session_questions sq ON sq.session_id = ua.session_id AND sq.question_id = ua.question_id
  JOIN questions q ON q.id = ua.question_id
  LEFT JOIN review_cards c ON c.user_id = ua.user_id AND c.question_id = ua.question_id
  WHERE ua.session_id = ? AND ua.selected <> '[]'`;

/**
 * Every statement re-checks, when it runs, that the session is submitted and not yet synced.
 * So the statements can run on their own after the submission, or be appended to the submit
 * batch after the UPDATE that submits it; running them twice, or from two processes, changes
 * nothing the second time. The sync row is written last, so all statements of one batch see
 * the same answer.
 */
const GUARD = `EXISTS (SELECT 1 FROM study_sessions WHERE id = ? AND status = 'submitted')
  AND NOT EXISTS (SELECT 1 FROM review_session_syncs WHERE session_id = ?)`;

const CARD_COLUMNS = 13;

/** GUARD with its arguments, and whatever else the caller's batch needs to hold (submit.ts). */
interface Guard {
  sql: string;
  args: InValue[];
}

function upsertCards(userId: string, plan: SessionPlan, guard: Guard, at: number): InStatement {
  const args: InArgs = [];
  for (const { questionId, next } of plan.cards) {
    args.push(userId, questionId, ...schedulingValues(next), at);
  }
  // The update applies only on top of the card this plan was computed from (its reps + 1):
  // if another process reviewed the card in between, that review wins and this one is skipped
  // for the schedule (its log is still written: the answer did happen).
  return {
    sql: `INSERT INTO review_cards (user_id, question_id, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review, suspended, created_at, updated_at)
      SELECT column1, column2, column3, column4, column5, column6, column7, column8, column9, column10, column11, column12, 0, column13, column13
      FROM (VALUES ${valuesPlaceholders(plan.cards.length, CARD_COLUMNS)}) WHERE ${guard.sql}
      ON CONFLICT (user_id, question_id) DO UPDATE SET
        state = excluded.state, due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
        elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
        reps = excluded.reps, lapses = excluded.lapses, last_review = excluded.last_review, updated_at = excluded.updated_at
      WHERE review_cards.reps = excluded.reps - 1`,
    args: [...args, ...guard.args],
  };
}

// The log's columns in logRowValues order, then its score (a share with partial credit).
const LOG_COLUMNS = 16;

function insertLogs(userId: string, sessionId: string, plan: SessionPlan, guard: Guard): InStatement {
  const args: InArgs = [];
  for (const log of plan.logs) {
    args.push(userId, sessionId, log.questionId, ...logRowValues(log), log.score);
  }
  return {
    sql: `INSERT INTO review_logs (card_id, user_id, kind, session_id, objective_id, rating, is_correct, time_spent_ms, reviewed_at,
        previous_state, previous_due, previous_stability, previous_difficulty, due, scheduled_days, idempotency_key, score)
      SELECT c.id, v.column1, 'session', v.column2, v.column4, v.column5, v.column6, v.column7, v.column8,
        v.column9, v.column10, v.column11, v.column12, v.column13, v.column14, v.column15, v.column16
      FROM (VALUES ${valuesPlaceholders(plan.logs.length, LOG_COLUMNS)}) v
      JOIN review_cards c ON c.user_id = v.column1 AND c.question_id = v.column3
      WHERE ${guard.sql}
      ON CONFLICT (idempotency_key) DO NOTHING`,
    args: [...args, ...guard.args],
  };
}

const TOTAL_COLUMNS = 6;

function addTotals(userId: string, plan: SessionPlan, guard: Guard): InStatement {
  const args: InArgs = [];
  for (const t of plan.totals)
    args.push(userId, t.objectiveId, t.answered, t.correct, t.answerTimeMs, t.lastActivityAt);
  return {
    sql: `INSERT INTO progress_objective_totals (user_id, objective_id, answered, correct, answer_time_ms, reviews, review_time_ms, last_activity_at)
      SELECT v.column1, v.column2, v.column3, v.column4, v.column5, 0, 0, v.column6
      FROM (VALUES ${valuesPlaceholders(plan.totals.length, TOTAL_COLUMNS)}) v
      WHERE ${guard.sql} AND EXISTS (SELECT 1 FROM objectives o WHERE o.id = v.column2)
      ON CONFLICT (user_id, objective_id) DO UPDATE SET
        answered = answered + excluded.answered, correct = correct + excluded.correct,
        answer_time_ms = answer_time_ms + excluded.answer_time_ms,
        last_activity_at = max(last_activity_at, excluded.last_activity_at)`,
    args: [...args, ...guard.args],
  };
}

// One element of ANSWERS_SQL's document; the card columns are null when the learner has no card yet.
const answerRow = z.object({
  question_id: z.number(),
  is_correct: z.number(),
  score: z.number().nullable(),
  time_spent_ms: z.number(),
  answered_at: z.number(),
  flagged: z.number(),
  objective_id: z.number().nullable(),
  card_id: z.number().nullable(),
  state: z.string().nullable(),
  due: z.number().nullable(),
  stability: z.string().nullable(),
  difficulty: z.string().nullable(),
  elapsed_days: z.number().nullable(),
  scheduled_days: z.number().nullable(),
  learning_steps: z.number().nullable(),
  reps: z.number().nullable(),
  lapses: z.number().nullable(),
  last_review: z.number().nullable(),
});

function answerOf(row: z.output<typeof answerRow>): SessionAnswer {
  return {
    questionId: row.question_id,
    objectiveId: row.objective_id,
    correct: row.is_correct === 1,
    // An answer saved before scores were stored: its is_correct.
    score: row.score ?? row.is_correct,
    timeSpentMs: row.time_spent_ms,
    answeredAt: row.answered_at,
    flagged: row.flagged === 1,
    card: row.card_id === null ? null : schedulingStateOf(row),
  };
}

interface SessionSync {
  statements: InStatement[];
  answers: number;
}

/**
 * The two reads of a session's sync plan, for ONE read batch (one round trip; they need nothing
 * but the session id, so the submit sends them together with its own reads).
 */
export function sessionSyncReads(sessionId: string): InStatement[] {
  return [
    { sql: SESSION_SQL, args: [sessionId] },
    { sql: ANSWERS_SQL, args: [sessionId] },
  ];
}

/**
 * The plan from sessionSyncReads' results. `also` adds a condition (with its arguments) to
 * every statement's guard: the submit makes the cards depend on the answers it scored.
 */
export function planFromReads(
  sessionId: string,
  [sessionResult, answersResult]: ResultSet[],
  now: Date,
  also?: Guard,
): SessionSync {
  const session = sessionResult?.rows[0];
  if (!session || num(session.synced) === 1 || session.status === 'abandoned')
    return { statements: [], answers: 0 };
  const userId = str(session.user_id);
  const answers = jsonRowsOf(answersResult, answerRow).map(answerOf);
  const slowAfterMs = slowThresholdMs({
    durationMinutes: num(session.duration_minutes),
    questionCount: num(session.question_count),
  });
  const plan = planSessionReviews(sessionId, answers, slowAfterMs);
  const guard: Guard = {
    sql: also ? `${GUARD} AND ${also.sql}` : GUARD,
    args: [sessionId, sessionId, ...(also?.args ?? [])],
  };
  const at = now.getTime();
  const statements: InStatement[] = [];
  if (plan.cards.length > 0)
    statements.push(upsertCards(userId, plan, guard, at), insertLogs(userId, sessionId, plan, guard));
  if (plan.totals.length > 0) statements.push(addTotals(userId, plan, guard));
  statements.push({
    sql: `INSERT INTO review_session_syncs (session_id, user_id, answers, synced_at) SELECT ?, ?, ?, ? WHERE ${guard.sql}`,
    args: [sessionId, userId, plan.logs.length, at, ...guard.args],
  });
  return { statements, answers: plan.logs.length };
}

async function planSessionSync(client: Client, sessionId: string, now: Date): Promise<SessionSync> {
  return planFromReads(sessionId, await client.batch(sessionSyncReads(sessionId), 'read'), now);
}

/**
 * The statements that turn a submitted session's answers into review cards, review logs and
 * progress totals, for ONE atomic batch (`client.batch(statements, 'write')`). Returns [] when
 * there is nothing to do (unknown, abandoned or already synced session).
 *
 * Call it with the client of the write queue (inside `appDatabase().write`) so that no other
 * write of this process changes the cards between this read and the batch. The submit flow
 * may append the result to its own batch, after the UPDATE that sets status = 'submitted':
 * the statements check the status when they run. `now` stamps the rows' created/updated/synced
 * times; each review happens at its answer's answered_at.
 */
export async function reviewStatementsForSubmittedSession(
  client: Client,
  sessionId: string,
  now: Date,
): Promise<InStatement[]> {
  return (await planSessionSync(client, sessionId, now)).statements;
}

/**
 * Syncs one session on its own: reads and writes inside the process's write queue, in one
 * atomic batch. Safe to call any number of times. Returns how many answers became reviews
 * (0 when the session was synced before, is not submitted, or does not exist).
 */
export async function syncReviewsForSession(sessionId: string, now: Date): Promise<number> {
  const { client, write } = appDatabase();
  return write(() => syncWithClient(client, sessionId, now));
}

/** The same, for callers already inside the write queue (the catch-up). */
export async function syncWithClient(client: Client, sessionId: string, now: Date): Promise<number> {
  const { statements, answers } = await planSessionSync(client, sessionId, now);
  if (statements.length === 0) return 0;
  const results = await client.batch(statements, 'write');
  return (results.at(-1)?.rowsAffected ?? 0) > 0 ? answers : 0;
}
