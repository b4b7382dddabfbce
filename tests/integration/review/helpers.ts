import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../../server/auth/guards';
import { testDatabase } from '../../helpers/database';

export const T0 = new Date('2026-03-02T09:00:00Z');
export const minutes = (n: number) => n * 60_000;
export const days = (n: number) => n * 86_400_000;
export const at = (ms: number, from: Date = T0) => new Date(from.getTime() + ms);

export interface BankQuestion {
  id: number;
  objectiveId: number;
  objectiveCode: string;
  versionId: number;
  right: string[];
  wrong: string[];
}

/** The active questions of an exam in id order, with their current version's key. */
export async function bankOf(examSlug: string): Promise<BankQuestion[]> {
  const { rows } = await testDatabase().client.execute({
    sql: `SELECT q.id, q.objective_id, o.code, v.id AS version_id, v.options
      FROM questions q JOIN exams e ON e.id = q.exam_id JOIN objectives o ON o.id = q.objective_id
      JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
      WHERE e.slug = ? AND q.is_active = 1 ORDER BY q.id`,
    args: [examSlug],
  });
  return rows.map((row) => {
    const options = JSON.parse(String(row.options)) as { id: string; correct: boolean }[];
    return {
      id: Number(row.id),
      objectiveId: Number(row.objective_id),
      objectiveCode: String(row.code),
      versionId: Number(row.version_id),
      right: options.filter((o) => o.correct).map((o) => o.id),
      wrong: options.filter((o) => !o.correct).map((o) => o.id).slice(0, 1),
    };
  });
}

export interface PlannedAnswer {
  question: BankQuestion;
  correct: boolean;
  timeSpentMs?: number;
  answeredAt?: Date;
  flagged?: boolean;
}

export interface SessionSpec {
  user: SessionUser;
  examSlug: string;
  mode?: 'mock' | 'practice';
  status?: 'submitted' | 'in_progress' | 'abandoned';
  startedAt?: Date;
  answers: PlannedAnswer[];
  /** Questions shown but left unanswered. */
  unanswered?: BankQuestion[];
}

/**
 * A session as the exam-taking flow leaves it, written straight to the tables (so these tests
 * do not depend on that flow): questions pinned to their current version, answers with their
 * correctness and time, and the score once submitted.
 */
export async function insertSession(spec: SessionSpec): Promise<string> {
  const { client } = testDatabase();
  const id = randomUUID();
  const started = (spec.startedAt ?? T0).getTime();
  const shown = [...spec.answers.map((a) => a.question), ...(spec.unanswered ?? [])];
  const correct = spec.answers.filter((a) => a.correct).length;
  const lastAnswer = Math.max(started, ...spec.answers.map((a, i) => (a.answeredAt ?? new Date(started + minutes(i + 1))).getTime()));
  const status = spec.status ?? 'submitted';
  const submitted = status === 'submitted';
  const exam = await client.execute({ sql: 'SELECT id FROM exams WHERE slug = ?', args: [spec.examSlug] });
  const statements = [
    {
      sql: `INSERT INTO study_sessions (id, user_id, exam_id, mode, status, settings, question_count, started_at, last_activity, submitted_at, correct_count, score_percent, submit_reason)
        VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        id, spec.user.id, Number(exam.rows[0]!.id), spec.mode ?? 'practice', status, shown.length, started, lastAnswer + 1000,
        submitted ? lastAnswer + 1000 : null, submitted ? correct : null, submitted ? (correct / shown.length) * 100 : null, submitted ? 'learner' : null,
      ],
    },
    ...shown.map((q, position) => ({
      sql: 'INSERT INTO session_questions (session_id, position, question_id, question_version_id, flagged, objective_id) VALUES (?, ?, ?, ?, ?, ?)',
      args: [id, position, q.id, q.versionId, spec.answers[position]?.flagged ? 1 : 0, q.objectiveId],
    })),
    ...spec.answers.map((a, i) => ({
      sql: `INSERT INTO user_answers (user_id, session_id, question_id, question_version_id, selected, is_correct, time_spent_ms, answered_at, revision)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
      args: [
        spec.user.id, id, a.question.id, a.question.versionId, JSON.stringify(a.correct ? a.question.right : a.question.wrong), a.correct ? 1 : 0,
        a.timeSpentMs ?? 20_000, (a.answeredAt ?? new Date(started + minutes(i + 1))).getTime(),
      ],
    })),
  ];
  await client.batch(statements, 'write');
  return id;
}

/** Marks an open session submitted, the way the submit flow's UPDATE does. */
export async function submitSession(id: string, when: Date): Promise<void> {
  await testDatabase().client.execute({
    sql: `UPDATE study_sessions SET status = 'submitted', submitted_at = ?, last_activity = ?, submit_reason = 'learner',
        correct_count = (SELECT count(*) FROM user_answers WHERE session_id = ? AND is_correct = 1),
        score_percent = 100.0 * (SELECT count(*) FROM user_answers WHERE session_id = ? AND is_correct = 1) / question_count
      WHERE id = ?`,
    args: [when.getTime(), when.getTime(), id, id, id],
  });
}

export interface CardRow {
  id: number;
  questionId: number;
  state: string;
  due: number;
  reps: number;
  lapses: number;
  suspended: number;
  lastReview: number | null;
}

export async function cardsOf(userId: string): Promise<CardRow[]> {
  const { rows } = await testDatabase().client.execute({
    sql: 'SELECT id, question_id, state, due, reps, lapses, suspended, last_review FROM review_cards WHERE user_id = ? ORDER BY question_id',
    args: [userId],
  });
  return rows.map((r) => ({
    id: Number(r.id),
    questionId: Number(r.question_id),
    state: String(r.state),
    due: Number(r.due),
    reps: Number(r.reps),
    lapses: Number(r.lapses),
    suspended: Number(r.suspended),
    lastReview: r.last_review === null ? null : Number(r.last_review),
  }));
}

/** Every row of the review and progress tables, to prove that a refused request changed nothing. */
export async function reviewTables(): Promise<unknown[]> {
  const { client } = testDatabase();
  const tables = ['review_cards', 'review_logs', 'review_session_syncs', 'progress_objective_totals'];
  const dumps = await Promise.all(tables.map((t) => client.execute(`SELECT * FROM ${t} ORDER BY 1, 2`)));
  return dumps.map((d) => d.rows.map((r) => ({ ...r })));
}

export async function countWhere(table: string, where: string, args: (string | number)[]): Promise<number> {
  const { rows } = await testDatabase().client.execute({ sql: `SELECT count(*) AS n FROM ${table} WHERE ${where}`, args });
  return Number(rows[0]!.n);
}
