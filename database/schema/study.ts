import { desc, sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { examRef } from './catalog';
import { questionRef, questionVersionRef } from './questions';
import { ownerUserId } from './users';

export const SESSION_MODES = ['mock', 'practice', 'review'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const SESSION_STATUSES = ['in_progress', 'submitted', 'abandoned'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SUBMIT_REASONS = ['learner', 'timeout'] as const;
export type SubmitReason = (typeof SUBMIT_REASONS)[number];

/** One mock exam, practice session or review session of one learner. */
export const studySessions = sqliteTable(
  'study_sessions',
  {
    id: text('id').primaryKey().notNull(),
    userId: ownerUserId(),
    examId: examRef(),
    mode: text('mode', { enum: SESSION_MODES }).notNull(),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('in_progress'),
    settings: text('settings', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    questionCount: integer('question_count').notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    deadlineAt: integer('deadline_at', { mode: 'timestamp_ms' }),
    lastActivity: integer('last_activity', { mode: 'timestamp_ms' }).notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
    correctCount: integer('correct_count'),
    scorePercent: real('score_percent'),
    passed: integer('passed', { mode: 'boolean' }),
    /** 'learner' submitted it, or its deadline passed ('timeout'); null while open. */
    submitReason: text('submit_reason', { enum: SUBMIT_REASONS }),
  },
  (t) => [
    index('study_sessions_user_status_activity_idx').on(t.userId, t.status, desc(t.lastActivity)),
    index('study_sessions_exam_status_idx').on(t.examId, t.status),
    index('study_sessions_user_started_idx').on(t.userId, desc(t.startedAt)),
    // One open mock exam per learner and exam: parallel starts cannot both insert one.
    uniqueIndex('study_sessions_one_open_mock')
      .on(t.userId, t.examId)
      .where(sql`mode = 'mock' AND status = 'in_progress'`),
  ],
);

/** The questions a session showed, in order, pinned to the version shown. */
export const sessionQuestions = sqliteTable(
  'session_questions',
  {
    sessionId: sessionRef(),
    position: integer('position').notNull(),
    questionId: questionRef(),
    questionVersionId: questionVersionRef(),
    flagged: integer('flagged', { mode: 'boolean' }).notNull().default(false),
    /** The question's objective when shown (no foreign key: pinned history, like the version). */
    objectiveId: integer('objective_id'),
    /** Option ids the learner struck out (a reading aid, never scored). */
    struck: text('struck', { mode: 'json' }).$type<string[]>().notNull().default([]),
    /** The case study the question was drawn in (pinned history, no foreign key); null: standalone. */
    caseStudyId: integer('case_study_id'),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.position] }),
    uniqueIndex('session_questions_session_question_unique').on(t.sessionId, t.questionId),
    index('session_questions_version_idx').on(t.questionVersionId),
  ],
);

/** A learner's current answer to one question of one session. */
export const userAnswers = sqliteTable(
  'user_answers',
  {
    id: integer('id').primaryKey().notNull(),
    userId: ownerUserId(),
    sessionId: sessionRef(),
    questionId: questionRef(),
    questionVersionId: questionVersionRef(),
    /** Option ids chosen. */
    selected: text('selected', { mode: 'json' }).$type<string[]>().notNull(),
    isCorrect: integer('is_correct', { mode: 'boolean' }).notNull(),
    timeSpentMs: integer('time_spent_ms').notNull().default(0),
    answeredAt: integer('answered_at', { mode: 'timestamp_ms' }).notNull(),
    /** The client's revision; a save older than the stored one is ignored. */
    revision: integer('revision').notNull().default(0),
    /** 0–1: the share of credit (partial credit of matching/ordering); null on older rows = isCorrect. */
    score: real('score'),
  },
  (t) => [
    uniqueIndex('user_answers_session_question_unique').on(t.sessionId, t.questionId),
    index('user_answers_user_answered_idx').on(t.userId, desc(t.answeredAt)),
    index('user_answers_question_idx').on(t.questionId),
    index('user_answers_user_question_idx').on(t.userId, t.questionId),
  ],
);

/** The study session a row belongs to; deleting the session deletes the row. */
export function sessionRef() {
  return text('session_id')
    .notNull()
    .references(() => studySessions.id, { onDelete: 'cascade' });
}
