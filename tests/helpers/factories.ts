import { randomUUID } from 'node:crypto';
import type {
  CardStateName,
  ExamStatus,
  QuestionOption,
  QuestionReference,
  QuestionType,
  SessionMode,
  SessionStatus,
  SubmitReason,
  UserRole,
} from '../../database/schema';
import type { SessionUser } from '@/lib/auth/guards';
import { rows, testDatabase } from './database';
import { minutes, T0 } from './time';

// Factories insert straight into the worker's test database (so a test does not depend on the
// flows it is not about), with sensible defaults that any override replaces, and return ids.

// A precomputed argon2id hash of TEST_PASSWORD keeps factories fast (hashing costs ~50 ms).
let cachedHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = 'factory-password-1';

async function factoryHash(): Promise<string> {
  const { hashPassword } = await import('../../lib/security/password');
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  return cachedHash;
}

export interface UserOverrides {
  email?: string;
  name?: string;
  role?: UserRole;
  verified?: boolean;
  disabled?: boolean;
}

/** Inserts a user into the worker's test database; its password is FACTORY_PASSWORD. */
export async function createUser(overrides: UserOverrides = {}): Promise<SessionUser> {
  const id = randomUUID();
  const email = (overrides.email ?? `user-${id.slice(0, 8)}@example.test`).toLowerCase();
  const now = Date.now();
  await testDatabase().client.execute({
    sql: `INSERT INTO users (id, email, name, password_hash, role, email_verified_at, session_version, disabled_at, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    args: [
      id,
      email,
      overrides.name ?? 'Factory User',
      await factoryHash(),
      overrides.role ?? 'learner',
      overrides.verified === false ? null : now,
      overrides.disabled ? now : null,
      now,
      now,
    ],
  });
  return { id, email, name: overrides.name ?? 'Factory User', role: overrides.role ?? 'learner' };
}

let sequence = 0;
/** A short suffix unique within the worker, for slugs, codes and stems. */
function unique(): string {
  sequence += 1;
  return `${process.pid.toString(36)}${sequence}`;
}

export async function examIdBySlug(slug: string): Promise<number> {
  const [row] = await rows('SELECT id FROM exams WHERE slug = ?', [slug]);
  if (typeof row?.id !== 'number') throw new Error(`No exam ${slug} in the test database`);
  return row.id;
}

export interface ObjectiveOverrides {
  code?: string;
  title?: string;
  /** Percent of the exam; an exam's weights sum to 100. */
  weight: number;
}

export interface ExamOverrides {
  slug?: string;
  code?: string;
  title?: string;
  vendor?: string;
  description?: string;
  durationMinutes?: number;
  questionCount?: number;
  passingScore?: number;
  status?: ExamStatus;
  /** One objective weighing 100 unless given. */
  objectives?: ObjectiveOverrides[];
}

export interface CreatedExam {
  id: number;
  slug: string;
  /** In the order given (position 0, 1, …). */
  objectiveIds: number[];
}

/** A published exam (30 minutes, 10 questions, 70% to pass) with its objectives, and no questions yet. */
export async function createExam(overrides: ExamOverrides = {}): Promise<CreatedExam> {
  const suffix = unique();
  const slug = overrides.slug ?? `exam-${suffix}`;
  const objectives = overrides.objectives ?? [{ weight: 100 }];
  const now = Date.now();
  const [exam, ...created] = await testDatabase().client.batch(
    [
      {
        sql: `INSERT INTO exams (slug, code, title, vendor, description, duration_minutes, question_count, passing_score, status, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        args: [
          slug,
          overrides.code ?? `FAC-${suffix}`,
          overrides.title ?? `Factory Exam ${suffix}`,
          overrides.vendor ?? 'Factory',
          overrides.description ?? '',
          overrides.durationMinutes ?? 30,
          overrides.questionCount ?? 10,
          overrides.passingScore ?? 70,
          overrides.status ?? 'published',
          now,
          now,
        ],
      },
      ...objectives.map((objective, position) => ({
        sql: 'INSERT INTO objectives (exam_id, code, title, weight, position) VALUES ((SELECT id FROM exams WHERE slug = ?), ?, ?, ?, ?) RETURNING id',
        args: [
          slug,
          objective.code ?? String(position + 1),
          objective.title ?? `Objective ${position + 1}`,
          objective.weight,
          position,
        ],
      })),
    ],
    'write',
  );
  return {
    id: Number(exam!.rows[0]!.id),
    slug,
    objectiveIds: created.map((result) => Number(result.rows[0]!.id)),
  };
}

/** A question's current version and its key: what an attempt pins and an answer is scored against. */
export interface KeyedQuestion {
  id: number;
  objectiveId: number;
  versionId: number;
  /** The correct option ids. */
  right: string[];
  /** One wrong option id (the first). */
  wrong: string[];
}

function keyOf(options: QuestionOption[]): Pick<KeyedQuestion, 'right' | 'wrong'> {
  return {
    right: options.filter((o) => o.correct).map((o) => o.id),
    wrong: options
      .filter((o) => !o.correct)
      .map((o) => o.id)
      .slice(0, 1),
  };
}

export interface QuestionContent {
  stem: string;
  options: QuestionOption[];
  explanation: string;
  refs: QuestionReference[];
}

export interface QuestionOverrides extends Partial<QuestionContent> {
  /** A new exam unless given. */
  examId?: number;
  /** The exam's first objective unless given. */
  objectiveId?: number;
  /** 'multiple' when more than one option is correct, else 'single'. */
  type?: QuestionType;
  difficulty?: 1 | 2 | 3;
  active?: boolean;
  authorId?: string | null;
  createdAt?: Date;
}

export interface CreatedQuestion extends KeyedQuestion {
  examId: number;
}

/** An active single-choice question (a right, b and c wrong) with its first version. */
export async function createQuestion(overrides: QuestionOverrides = {}): Promise<CreatedQuestion> {
  const examId = overrides.examId ?? (await createExam()).id;
  let objectiveId = overrides.objectiveId;
  if (objectiveId === undefined) {
    const [first] = await rows('SELECT id FROM objectives WHERE exam_id = ? ORDER BY position, id LIMIT 1', [
      examId,
    ]);
    if (first === undefined) throw new Error(`Exam ${examId} has no objective`);
    objectiveId = Number(first.id);
  }
  const suffix = unique();
  const options = overrides.options ?? [
    { id: 'a', text: `Right answer of factory question ${suffix}`, correct: true },
    { id: 'b', text: `Wrong answer B of factory question ${suffix}`, correct: false },
    { id: 'c', text: `Wrong answer C of factory question ${suffix}`, correct: false },
  ];
  const type = overrides.type ?? (options.filter((o) => o.correct).length > 1 ? 'multiple' : 'single');
  const at = (overrides.createdAt ?? new Date()).getTime();
  const [question, version] = await testDatabase().client.batch(
    [
      {
        sql: `INSERT INTO questions (exam_id, objective_id, type, difficulty, is_active, current_version, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING id`,
        args: [
          examId,
          objectiveId,
          type,
          overrides.difficulty ?? 2,
          overrides.active === false ? 0 : 1,
          at,
          at,
        ],
      },
      {
        sql: `INSERT INTO question_versions (question_id, version, stem, options, explanation, refs, author_id, created_at)
          VALUES (last_insert_rowid(), 1, ?, ?, ?, ?, ?, ?) RETURNING id`,
        args: [
          overrides.stem ?? `Factory question ${suffix}?`,
          JSON.stringify(options),
          overrides.explanation ?? `Explanation of factory question ${suffix}.`,
          JSON.stringify(overrides.refs ?? []),
          overrides.authorId ?? null,
          at,
        ],
      },
    ],
    'write',
  );
  return {
    id: Number(question!.rows[0]!.id),
    examId,
    objectiveId,
    versionId: Number(version!.rows[0]!.id),
    ...keyOf(options),
  };
}

/**
 * Saves a new version of a question the way the studio does: a new immutable row, and the
 * question pointed at it. `change` gives the new content (from the current one, when a function).
 */
export async function createQuestionVersion(
  questionId: number,
  change: Partial<QuestionContent> | ((current: QuestionContent) => Partial<QuestionContent>) = {},
  at: Date = new Date(),
): Promise<{ version: number; versionId: number }> {
  const [row] = await rows(
    `SELECT v.version, v.stem, v.options, v.explanation, v.refs FROM questions q
      JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version WHERE q.id = ?`,
    [questionId],
  );
  if (row === undefined) throw new Error(`No question ${questionId} in the test database`);
  const current: QuestionContent = {
    stem: String(row.stem),
    options: JSON.parse(String(row.options)) as QuestionOption[],
    explanation: String(row.explanation),
    refs: JSON.parse(String(row.refs)) as QuestionReference[],
  };
  const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
  const version = Number(row.version) + 1;
  const [inserted] = await testDatabase().client.batch(
    [
      {
        sql: 'INSERT INTO question_versions (question_id, version, stem, options, explanation, refs, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
        args: [
          questionId,
          version,
          next.stem,
          JSON.stringify(next.options),
          next.explanation,
          JSON.stringify(next.refs),
          at.getTime(),
        ],
      },
      {
        sql: 'UPDATE questions SET current_version = ?, updated_at = ? WHERE id = ?',
        args: [version, at.getTime(), questionId],
      },
    ],
    'write',
  );
  return { version, versionId: Number(inserted!.rows[0]!.id) };
}

/** The active questions of an exam in id order, with their current version's key. */
export async function questionBank(examSlug: string): Promise<KeyedQuestion[]> {
  const found = await rows(
    `SELECT q.id, q.objective_id, v.id AS version_id, v.options
      FROM questions q JOIN exams e ON e.id = q.exam_id
      JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
      WHERE e.slug = ? AND q.is_active = 1 ORDER BY q.id`,
    [examSlug],
  );
  return found.map((row) => ({
    id: Number(row.id),
    objectiveId: Number(row.objective_id),
    versionId: Number(row.version_id),
    ...keyOf(JSON.parse(String(row.options)) as QuestionOption[]),
  }));
}

export interface PlannedAnswer {
  question: KeyedQuestion;
  /** Answered with the key (`right`) or with one wrong option. */
  correct: boolean;
  timeSpentMs?: number;
  /** One minute after the start per answer unless given. */
  answeredAt?: Date;
  flagged?: boolean;
}

export interface AttemptSpec {
  user: { id: string };
  /** 'test-exam' unless given. */
  examSlug?: string;
  mode?: SessionMode;
  /** Submitted (by the learner, a second after the last answer, scored) unless given. */
  status?: SessionStatus;
  submitReason?: SubmitReason;
  startedAt?: Date;
  deadlineAt?: Date | null;
  /** The questions shown, answered, in this order. */
  answers?: PlannedAnswer[];
  /** Questions shown after the answered ones and left unanswered (the exam's first question when nothing else is shown). */
  unanswered?: KeyedQuestion[];
}

/**
 * A study session (mock, practice or review attempt) as the exam-taking flow leaves it, open or
 * submitted: its questions pinned to the given versions, answers with their correctness and
 * time, and the score once submitted. A practice session at T0 unless told otherwise.
 */
export async function createAttempt(spec: AttemptSpec): Promise<string> {
  const id = randomUUID();
  const examSlug = spec.examSlug ?? 'test-exam';
  const mode = spec.mode ?? 'practice';
  const answers = spec.answers ?? [];
  const started = (spec.startedAt ?? T0).getTime();
  const answeredAt = answers.map((a, i) => (a.answeredAt ?? new Date(started + minutes(i + 1))).getTime());
  const unanswered =
    spec.unanswered ?? (answers.length === 0 ? (await questionBank(examSlug)).slice(0, 1) : []);
  const shown = [...answers.map((a) => a.question), ...unanswered];
  const correct = answers.filter((a) => a.correct).length;
  const lastActivity = Math.max(started, ...answeredAt) + 1000;
  const status = spec.status ?? 'submitted';
  const submitted = status === 'submitted';
  const [exam] = await rows('SELECT id, passing_score, duration_minutes FROM exams WHERE slug = ?', [
    examSlug,
  ]);
  if (exam === undefined) throw new Error(`No exam ${examSlug} in the test database`);
  const settings =
    mode === 'mock'
      ? { passingScore: Number(exam.passing_score), durationMinutes: Number(exam.duration_minutes) }
      : {};
  const percent = submitted ? (correct / shown.length) * 100 : null;
  await testDatabase().client.batch(
    [
      {
        sql: `INSERT INTO study_sessions (id, user_id, exam_id, mode, status, settings, question_count, started_at, deadline_at, last_activity, submitted_at, correct_count, score_percent, submit_reason)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        args: [
          id,
          spec.user.id,
          Number(exam.id),
          mode,
          status,
          JSON.stringify(settings),
          shown.length,
          started,
          spec.deadlineAt?.getTime() ?? null,
          lastActivity,
          submitted ? lastActivity : null,
          submitted ? correct : null,
          percent,
          submitted ? (spec.submitReason ?? 'learner') : null,
        ],
      },
      ...shown.map((q, position) => ({
        sql: 'INSERT INTO session_questions (session_id, position, question_id, question_version_id, flagged, objective_id) VALUES (?, ?, ?, ?, ?, ?)',
        args: [id, position, q.id, q.versionId, answers[position]?.flagged ? 1 : 0, q.objectiveId],
      })),
      ...answers.map((a, i) => ({
        sql: `INSERT INTO user_answers (user_id, session_id, question_id, question_version_id, selected, is_correct, time_spent_ms, answered_at, revision)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
        args: [
          spec.user.id,
          id,
          a.question.id,
          a.question.versionId,
          JSON.stringify(a.correct ? a.question.right : a.question.wrong),
          a.correct ? 1 : 0,
          a.timeSpentMs ?? 20_000,
          answeredAt[i]!,
        ],
      })),
    ],
    'write',
  );
  return id;
}

export interface ReviewCardSpec {
  user: { id: string };
  question: { id: number };
  /** A card seen once and due now unless told otherwise. */
  state?: CardStateName;
  due?: Date;
  stability?: number;
  difficulty?: number;
  scheduledDays?: number;
  reps?: number;
  lapses?: number;
  lastReview?: Date | null;
  suspended?: boolean;
}

/**
 * A spaced-repetition card of a learner for a question, as FSRS leaves it after one right
 * answer a day before `due` (due now unless given). Returns the card id.
 */
export async function createReviewCard(spec: ReviewCardSpec): Promise<number> {
  const due = spec.due ?? new Date();
  const lastReview = spec.lastReview === undefined ? new Date(due.getTime() - 86_400_000) : spec.lastReview;
  const now = Date.now();
  const [row] = await rows(
    `INSERT INTO review_cards (user_id, question_id, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review, suspended, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [
      spec.user.id,
      spec.question.id,
      spec.state ?? 'review',
      due.getTime(),
      spec.stability ?? 3,
      spec.difficulty ?? 5,
      spec.scheduledDays ?? 1,
      spec.reps ?? 1,
      spec.lapses ?? 0,
      lastReview?.getTime() ?? null,
      spec.suspended ? 1 : 0,
      now,
      now,
    ],
  );
  return Number(row!.id);
}
