import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Client, InStatement } from '@libsql/client';
import { ATTEMPT_START_POLICY } from '@/lib/security/rate-limit-policy';
import type { SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '@/server/db';
import { invalidatePublicExam } from '@/server/catalog/public-cache';
import {
  checkRateLimit,
  pruneStatement,
  RateLimitedError,
  slotFreeCondition,
  windowArgs,
  type RateLimitKey,
} from '@/server/rate-limit';
import { num, str } from '@/server/row-values';
import {
  AttemptInputError,
  ExamNotFoundError,
  MockInProgressError,
  NoQuestionsError,
} from '@/lib/exam/errors';
import { attemptFieldErrors, startMockSchema } from '@/lib/validation/attempts';
import type { AttemptSettings } from './head';
import type { PinnedQuestion } from './pick';

// What every way of starting an attempt shares: the exam's settings, the limit and the atomic
// insert of the attempt with its pinned questions.

export interface StartedAttempt {
  id: string;
  questionCount: number;
}

export interface ExamForStart {
  id: number;
  durationMinutes: number;
  questionCount: number;
  passingScore: number;
  objectives: { id: number; code: string; weight: number }[];
}

const EXAM_SQL = `SELECT e.id, e.duration_minutes, e.question_count, e.passing_score, o.id AS objective_id, o.code, o.weight
  FROM exams e LEFT JOIN objectives o ON o.exam_id = e.id
  WHERE e.slug = ? AND e.status = 'published'
  ORDER BY o.position, o.code`;

export async function examForStart(client: Client, slug: string): Promise<ExamForStart> {
  const { rows } = await client.execute({ sql: EXAM_SQL, args: [slug] });
  const first = rows[0];
  if (!first) throw new ExamNotFoundError();
  return {
    id: num(first.id),
    durationMinutes: num(first.duration_minutes),
    questionCount: num(first.question_count),
    passingScore: num(first.passing_score),
    objectives: rows
      .filter((r) => r.objective_id !== null)
      .map((r) => ({ id: num(r.objective_id), code: str(r.code), weight: num(r.weight) })),
  };
}

/** The published exam a start form names by its slug (mock exam, diagnostic). */
export async function examOfStartInput(client: Client, input: unknown): Promise<ExamForStart> {
  const parsed = startMockSchema.safeParse(input);
  if (!parsed.success)
    throw new AttemptInputError('Choose an exam to start.', attemptFieldErrors(parsed.error));
  return examForStart(client, parsed.data.examSlug);
}

export interface NewAttempt {
  user: SessionUser;
  examId: number;
  mode: 'mock' | 'practice';
  settings: AttemptSettings;
  questions: PinnedQuestion[];
  now: Date;
  deadline: Date | null;
}

// Raw SQL on purpose (a hot path): a mock exam starts end to end (choose, pin, write 66 rows) in
// p50 3.8 ms, choose + load 65 questions in 1.65 ms against a 2 ms target (bench/attempts.bench.ts).

// A mock needs its exam still published (the start may have read it from the public catalog
// cache) and no other open mock of the exam: checked by the INSERT itself, under the write lock,
// so parallel starts (any process) open one mock. The unique index says the same, as a backstop.
const MOCK_GUARD = `AND EXISTS (SELECT 1 FROM exams WHERE id = :examId AND status = 'published')
  AND NOT EXISTS (SELECT 1 FROM study_sessions WHERE user_id = :userId AND exam_id = :examId AND mode = 'mock' AND status = 'in_progress')`;

// Why a mock start was refused, read in the same batch: the open mock, and whether the exam is published.
const MOCK_REFUSAL_SQL = `SELECT (SELECT id FROM study_sessions WHERE user_id = ? AND exam_id = ? AND mode = 'mock' AND status = 'in_progress' AND id <> ?) AS open_id,
    EXISTS (SELECT 1 FROM exams WHERE id = ? AND status = 'published') AS published`;

/**
 * The whole start as ONE atomic batch (one round trip): the attempt, inserted only if the
 * learner has an `attempt_start` slot free (and, for a mock, the guard above); the slot and the
 * pinned questions only if the attempt was inserted. So a refused start writes nothing and
 * gives nothing back, and parallel starts never pass the limit (server/rate-limit.ts).
 */
function startBatch(id: string, attempt: NewAttempt, limit: RateLimitKey): InStatement[] {
  const at = attempt.now.getTime();
  const mock = attempt.mode === 'mock';
  const values: (string | number | null)[] = [];
  attempt.questions.forEach((q, position) =>
    values.push(id, position, q.questionId, q.versionId, q.objectiveId, q.caseStudyId),
  );
  const inserted = 'EXISTS (SELECT 1 FROM study_sessions WHERE id = ?)';
  return [
    pruneStatement(limit, at),
    {
      sql: `INSERT INTO study_sessions (id, user_id, exam_id, mode, status, settings, question_count, started_at, deadline_at, last_activity)
        SELECT :id, :userId, :examId, :mode, 'in_progress', :settings, :count, :now, :deadline, :now
        WHERE ${slotFreeCondition} ${mock ? MOCK_GUARD : ''}
        RETURNING id`,
      args: {
        ...windowArgs(limit, at),
        id,
        userId: attempt.user.id,
        examId: attempt.examId,
        mode: attempt.mode,
        settings: JSON.stringify(attempt.settings),
        count: attempt.questions.length,
        deadline: attempt.deadline?.getTime() ?? null,
      },
    },
    {
      sql: `INSERT INTO throttle_events (bucket, key, at) SELECT ?, ?, ? WHERE ${inserted}`,
      args: [limit.bucket, limit.key, at, id],
    },
    {
      sql: `INSERT INTO session_questions (session_id, position, question_id, question_version_id, objective_id, case_study_id)
        SELECT column1, column2, column3, column4, column5, column6
        FROM (VALUES ${attempt.questions.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}) WHERE ${inserted}`,
      args: [...values, id],
    },
    ...(mock ? [{ sql: MOCK_REFUSAL_SQL, args: [attempt.user.id, attempt.examId, id, attempt.examId] }] : []),
  ];
}

const REFUSED = 'You have started many attempts in the last hour.';

/**
 * Starts the attempt in one batch, or throws why not: MockInProgressError (naming the open mock:
 * the caller applies the deadline rule to it), ExamNotFoundError (unpublished meanwhile), or
 * RateLimitedError.
 */
export async function createAttempt(attempt: NewAttempt): Promise<StartedAttempt> {
  if (attempt.questions.length === 0) throw new NoQuestionsError('No questions match these settings.');
  const limit = { bucket: 'attempt_start', key: attempt.user.id, policy: ATTEMPT_START_POLICY };
  const id = randomUUID();
  const statements = startBatch(id, attempt, limit);
  const { client, write } = appDatabase();
  const results = await write(() => client.batch(statements, 'write'));
  if (results[1]?.rows.length === 1) return { id, questionCount: attempt.questions.length };
  const refusal = attempt.mode === 'mock' ? results[4]?.rows[0] : undefined;
  if (typeof refusal?.open_id === 'string') throw new MockInProgressError(refusal.open_id);
  if (refusal && num(refusal.published) === 0) {
    invalidatePublicExam(attempt.examId);
    throw new ExamNotFoundError();
  }
  const decision = await checkRateLimit(limit, attempt.now.getTime());
  // The window may have moved on since the batch: still refuse this request.
  throw new RateLimitedError(REFUSED, decision.allowed ? 1_000 : decision.retryAfterMs);
}

export function databaseKey(): string {
  return appDatabase().config.url;
}
