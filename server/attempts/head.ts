import 'server-only';
import type { Client, InStatement, Row } from '@libsql/client';
import type { SessionUser } from '@/lib/auth/guards';
import { attemptIdSchema } from '@/lib/validation/attempts';
import type { AttemptMode, AttemptStatus } from '@/lib/exam/views';
import type { SubmitReason } from '@/lib/exam/timing';
import { AttemptNotFoundError } from '@/lib/exam/errors';
import { num, numOrNull, parseJson, str } from '@/server/row-values';

export interface AttemptSettings {
  /** The exam's passing score when the attempt started (mock only; practice has no pass/fail). */
  passingScore: number | null;
  /** The time limit in minutes; null when untimed. */
  durationMinutes: number | null;
  objectives?: string[];
  filter?: string;
  /** Practice of one question kind only (absent: any kind). */
  kind?: string;
  source?: 'custom' | 'mistakes' | 'diagnostic';
  fromAttemptId?: string;
}

/** The attempt row with its exam, as every service needs it first. */
export interface AttemptHead {
  id: string;
  userId: string;
  examId: number;
  mode: AttemptMode;
  status: AttemptStatus;
  settings: AttemptSettings;
  questionCount: number;
  startedAt: Date;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  correctCount: number | null;
  scorePercent: number | null;
  passed: boolean | null;
  submitReason: SubmitReason | null;
  exam: { slug: string; code: string; title: string };
}

// Raw SQL on purpose: every runner view (p50 1.18 ms), save and submit of an attempt starts here
// (bench/attempts.bench.ts).
const HEAD_SQL = `SELECT s.id, s.user_id, s.exam_id, s.mode, s.status, s.settings, s.question_count, s.started_at,
    s.deadline_at, s.submitted_at, s.correct_count, s.score_percent, s.passed, s.submit_reason,
    e.slug, e.code, e.title
  FROM study_sessions s JOIN exams e ON e.id = s.exam_id
  WHERE s.id = ?`;

/**
 * The attempt `id` if `user` owns it. An unknown id, a malformed one and another learner's
 * attempt all raise the same AttemptNotFoundError.
 */
export async function ownedAttempt(client: Client, user: SessionUser, id: unknown): Promise<AttemptHead> {
  const statement = headStatement(id);
  if (!statement) throw new AttemptNotFoundError();
  const result = await client.execute(statement);
  return ownedHeadOf(result.rows[0], user);
}

/** The read of ownedAttempt, for a batch of reads sent together; null for a malformed id. */
export function headStatement(id: unknown): InStatement | null {
  const parsed = attemptIdSchema.safeParse(id);
  return parsed.success ? { sql: HEAD_SQL, args: [parsed.data] } : null;
}

/** ownedAttempt from that statement's row: AttemptNotFoundError unless `user` owns it. */
export function ownedHeadOf(row: Row | undefined, user: SessionUser): AttemptHead {
  if (!row || row.user_id !== user.id) throw new AttemptNotFoundError();
  const deadline = numOrNull(row.deadline_at);
  const submitted = numOrNull(row.submitted_at);
  const passed = numOrNull(row.passed);
  return {
    id: str(row.id),
    userId: str(row.user_id),
    examId: num(row.exam_id),
    mode: str(row.mode) as AttemptMode,
    status: str(row.status) as AttemptStatus,
    settings: {
      passingScore: null,
      durationMinutes: null,
      ...parseJson<Partial<AttemptSettings>>(row.settings, {}),
    },
    questionCount: num(row.question_count),
    startedAt: new Date(num(row.started_at)),
    deadlineAt: deadline === null ? null : new Date(deadline),
    submittedAt: submitted === null ? null : new Date(submitted),
    correctCount: numOrNull(row.correct_count),
    scorePercent: numOrNull(row.score_percent),
    passed: passed === null ? null : passed === 1,
    submitReason: (row.submit_reason as SubmitReason | null) ?? null,
    exam: { slug: str(row.slug), code: str(row.code), title: str(row.title) },
  };
}
