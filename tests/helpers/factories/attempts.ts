import { randomUUID } from 'node:crypto';
import type { SessionMode, SessionStatus, SubmitReason } from '../../../database/schema';
import { rows, testDatabase } from '../database';
import { minutes, T0 } from '../time';
import { questionBank, type KeyedQuestion } from './questions';

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
