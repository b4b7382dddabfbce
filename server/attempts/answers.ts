import 'server-only';
import { checkAnswer } from '@/lib/exam/answers';
import { settingsOf, type QuestionSettings } from '@/lib/exam/kinds';
import { isFullMarks, scoreAnswer } from '@/lib/exam/scoring';
import type { InStatement, Row } from '@libsql/client';
import { DEADLINE_GRACE_MS, isPastDeadline } from '@/lib/exam/timing';
import { attemptFieldErrors, attemptIdSchema, saveAnswerSchema } from '@/lib/validation/attempts';
import type { SaveResult } from '@/lib/exam/views';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '@/server/db';
import { num, numOrNull, optionsOf, selectedOf, type StoredOption } from '@/server/row-values';
import { AttemptClosedError, AttemptInputError, AttemptNotFoundError } from '@/lib/exam/errors';
import { answerFeedback } from './feedback';
import { touchAttempt } from './submit';

// Raw SQL on purpose (a hot path): saving one answer, read + one atomic batch, p50 0.87 ms
// against a 1 ms target (bench/attempts.bench.ts, docs/PERFORMANCE.md); fixed SQL builds no query.
// Everything a save needs in one indexed read: the attempt, the question at the position with
// its pinned version, and the stored answer.
const SAVE_CONTEXT_SQL = `SELECT s.user_id, s.mode, s.status, s.deadline_at,
    sq.question_id, sq.question_version_id, q.type, v.options, v.settings, v.explanation, v.refs,
    ua.selected, ua.revision
  FROM study_sessions s
  LEFT JOIN session_questions sq ON sq.session_id = s.id AND sq.position = ?
  LEFT JOIN question_versions v ON v.id = sq.question_version_id
  LEFT JOIN questions q ON q.id = sq.question_id
  LEFT JOIN user_answers ua ON ua.session_id = s.id AND ua.question_id = sq.question_id
  WHERE s.id = ?`;

// The write re-checks, inside the transaction, that the attempt is open and on time.
const OPEN_GUARD = `EXISTS (SELECT 1 FROM study_sessions WHERE id = ? AND status = 'in_progress' AND (deadline_at IS NULL OR ? < deadline_at + ${DEADLINE_GRACE_MS}))`;

const UPSERT_SQL = `INSERT INTO user_answers (user_id, session_id, question_id, question_version_id, selected, is_correct, score, time_spent_ms, answered_at, revision)
  SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE ${OPEN_GUARD}
  ON CONFLICT (session_id, question_id) DO UPDATE SET
    selected = excluded.selected, is_correct = excluded.is_correct, score = excluded.score, time_spent_ms = excluded.time_spent_ms,
    answered_at = excluded.answered_at, revision = excluded.revision
  WHERE excluded.revision > user_answers.revision`;

// Practice answers are final once given: the learner has seen the key.
const INSERT_ONCE_SQL = `INSERT INTO user_answers (user_id, session_id, question_id, question_version_id, selected, is_correct, score, time_spent_ms, answered_at, revision)
  SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE ${OPEN_GUARD}
  ON CONFLICT (session_id, question_id) DO NOTHING`;

const FLAG_SQL = `UPDATE session_questions SET flagged = ? WHERE session_id = ? AND position = ? AND ${OPEN_GUARD}`;

// Struck-out options ride on the same save (no extra round trip); they are never scored.
const STRUCK_SQL = `UPDATE session_questions SET struck = ? WHERE session_id = ? AND position = ? AND ${OPEN_GUARD}`;

const ACTIVITY_SQL = `UPDATE study_sessions SET last_activity = ? WHERE id = ? AND status = 'in_progress' AND (deadline_at IS NULL OR ? < deadline_at + ${DEADLINE_GRACE_MS})`;

/** is_correct (fully right) and score (0–1) of an answer. */
function scoreColumns(options: StoredOption[], settings: QuestionSettings, selected: string[] | null) {
  const score = scoreAnswer(options, selected, settings);
  return [isFullMarks(score) ? 1 : 0, score] as const;
}

/** The struck-out ids in the question's option order, each once; an unknown id refuses the save. */
function struckOptions(options: StoredOption[], struck: string[]): string[] {
  const wanted = new Set(struck);
  const known = options.filter((o) => wanted.has(o.id)).map((o) => o.id);
  if (known.length !== wanted.size)
    throw new AttemptInputError('This question has no such option.', { struck: 'Unknown option.' });
  return known;
}

export interface SaveContext {
  attemptId: string;
  position: number;
  row: Row | undefined;
}

/**
 * The one read a save needs, for the route to start together with its session check (one
 * round-trip time less against a remote primary; server/entry/routes.ts `preload`). Null when
 * the id or payload is malformed (nothing is read; saveAnswer answers the error). Only reads.
 */
export async function readSaveContext(attemptId: unknown, input: unknown): Promise<SaveContext | null> {
  const id = attemptIdSchema.safeParse(attemptId);
  const parsed = saveAnswerSchema.safeParse(input);
  if (!id.success || !parsed.success) return null;
  const { rows } = await appDatabase().client.execute({
    sql: SAVE_CONTEXT_SQL,
    args: [parsed.data.position, id.data],
  });
  return { attemptId: id.data, position: parsed.data.position, row: rows[0] };
}

/**
 * Saves one answer, flag and/or set of struck-out options of an open attempt, atomically. Validated first (a bad payload
 * changes nothing); refused once the attempt is closed or past its deadline (and an attempt
 * found past its deadline is submitted on the spot). Saves carry the client's revision: one
 * older than the stored answer is acknowledged but ignored, so retries and the offline queue
 * can arrive in any order. Practice answers are final and come back with their feedback.
 */
export async function saveAnswer(
  actor: SessionUser | null,
  attemptId: unknown,
  input: unknown,
  now: Date,
  /** readSaveContext, started before the caller was known: used when it read this very answer. */
  preloaded?: Promise<SaveContext | null>,
): Promise<SaveResult> {
  const user = assertUser(actor);
  const id = attemptIdSchema.safeParse(attemptId);
  if (!id.success) throw new AttemptNotFoundError();
  const parsed = saveAnswerSchema.safeParse(input);
  if (!parsed.success)
    throw new AttemptInputError(
      'This answer could not be saved: the request was malformed.',
      attemptFieldErrors(parsed.error),
    );
  const change = parsed.data;
  const { client, write } = appDatabase();

  const early = await preloaded?.catch(() => null);
  const row =
    early && early.attemptId === id.data && early.position === change.position
      ? early.row
      : (await client.execute({ sql: SAVE_CONTEXT_SQL, args: [change.position, id.data] })).rows[0];
  if (!row || row.user_id !== user.id) throw new AttemptNotFoundError();
  const deadline = numOrNull(row.deadline_at);
  if (row.status !== 'in_progress')
    throw new AttemptClosedError(id.data, row.status === 'abandoned' ? 'abandoned' : 'submitted');
  if (isPastDeadline(deadline === null ? null : new Date(deadline), now)) {
    await touchAttempt(user, id.data, now);
    throw new AttemptClosedError(id.data, 'timeout');
  }
  if (row.question_id === null)
    throw new AttemptInputError('This attempt has no question at that position.', {
      position: 'Unknown question.',
    });

  const options = optionsOf(row.options);
  const settings = settingsOf(row.settings);
  const practice = row.mode !== 'mock';
  const storedSelected = selectedOf(row.selected);
  const storedRevision = numOrNull(row.revision) ?? 0;
  const at = now.getTime();
  const statements: InStatement[] = [];
  let selected: string[] | null = null;
  // Practice answers are final: a retry (or another tab) gets the first answer's feedback back.
  const locked = practice && storedSelected !== null;

  if (change.selected !== undefined) {
    const check = checkAnswer(row.type, options, settings, change.selected);
    if (!check.ok) throw new AttemptInputError(check.error, { selected: check.error });
    selected = check.selected;
    if (practice && selected.length === 0)
      throw new AttemptInputError('Choose an answer to check.', { selected: 'Choose an answer to check.' });
  }
  const answerStatement = selected !== null && !locked ? statements.length : -1;
  if (answerStatement >= 0) {
    statements.push({
      sql: practice ? INSERT_ONCE_SQL : UPSERT_SQL,
      args: [
        user.id,
        id.data,
        num(row.question_id),
        num(row.question_version_id),
        JSON.stringify(selected),
        ...scoreColumns(options, settings, selected),
        change.timeSpentMs ?? 0,
        at,
        change.revision,
        id.data,
        at,
      ],
    });
  }
  if (change.flagged !== undefined) {
    statements.push({ sql: FLAG_SQL, args: [change.flagged ? 1 : 0, id.data, change.position, id.data, at] });
  }
  if (change.struck !== undefined) {
    const struck = struckOptions(options, change.struck);
    statements.push({
      sql: STRUCK_SQL,
      args: [JSON.stringify(struck), id.data, change.position, id.data, at],
    });
  }
  statements.push({ sql: ACTIVITY_SQL, args: [at, id.data, at] });

  const results = await write(() => client.batch(statements, 'write'));
  if (results.at(-1)?.rowsAffected === 0) {
    // Closed between the read and the write: submitted elsewhere, or the deadline passed.
    const head = await touchAttempt(user, id.data, now);
    throw new AttemptClosedError(
      id.data,
      head.status === 'abandoned' ? 'abandoned' : head.submitReason === 'timeout' ? 'timeout' : 'submitted',
    );
  }
  const revision = answerStatement >= 0 ? Math.max(storedRevision, change.revision) : storedRevision;
  let answered = locked ? storedSelected : selected;
  if (practice && answerStatement >= 0 && results[answerStatement]?.rowsAffected === 0) {
    // Another tab answered first: the answer that stands is the one stored.
    const { rows: stored } = await client.execute({
      sql: 'SELECT ua.selected FROM user_answers ua JOIN session_questions sq ON sq.session_id = ua.session_id AND sq.question_id = ua.question_id WHERE ua.session_id = ? AND sq.position = ?',
      args: [id.data, change.position],
    });
    answered = selectedOf(stored[0]?.selected) ?? answered;
  }
  return {
    position: change.position,
    revision,
    feedback:
      practice && answered && answered.length > 0
        ? answerFeedback(options, settings, answered, row)
        : undefined,
  };
}
