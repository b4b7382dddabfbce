import { desc } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { examRef, exams } from './catalog';
import { QUESTION_TYPES, questionRef, questions, questionVersions } from './questions';
import { ownerUserId, users } from './users';

/**
 * The question bank studio (issue 5). The full-text index `question_search` (FTS5, kept in sync by
 * triggers) is a virtual table and has no drizzle mirror: see the migration 20261122040000.
 */

/** A draft is an inactive question listed here; an inactive question not listed here is retired. */
export const questionDrafts = sqliteTable('question_drafts', {
  questionId: integer('question_id')
    .primaryKey()
    .notNull()
    .references(() => questions.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const VERSION_SOURCES = ['create', 'edit', 'restore', 'import'] as const;
export type VersionSource = (typeof VERSION_SOURCES)[number];

/** The question's type, objective and difficulty at each studio save, and where the version came from. */
export const questionVersionMeta = sqliteTable('question_version_meta', {
  questionVersionId: integer('question_version_id')
    .primaryKey()
    .notNull()
    .references(() => questionVersions.id, { onDelete: 'cascade' }),
  type: text('type', { enum: QUESTION_TYPES }).notNull(),
  objectiveId: integer('objective_id'),
  difficulty: integer('difficulty').notNull(),
  source: text('source', { enum: VERSION_SOURCES }).notNull(),
  restoredFrom: integer('restored_from'),
});

export const REPORT_REASONS = ['wrong_answer', 'unclear', 'typo', 'outdated', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const questionReports = sqliteTable(
  'question_reports',
  {
    id: integer('id').primaryKey().notNull(),
    questionId: questionRef(),
    questionVersionId: integer('question_version_id').references(() => questionVersions.id, {
      onDelete: 'set null',
    }),
    userId: ownerUserId(),
    reason: text('reason', { enum: REPORT_REASONS }).notNull(),
    details: text('details').notNull().default(''),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('open'),
    reply: text('reply'),
    resolvedBy: text('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('question_reports_status_created_idx').on(t.status, t.createdAt),
    index('question_reports_question_status_idx').on(t.questionId, t.status),
    index('question_reports_user_created_idx').on(t.userId, desc(t.createdAt)),
  ],
);

/** Item statistics as last computed for an exam. */
export const questionStats = sqliteTable(
  'question_stats',
  {
    questionId: integer('question_id')
      .primaryKey()
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    examId: examRef(),
    responses: integer('responses').notNull(),
    facility: real('facility'),
    discrimination: real('discrimination'),
    poor: integer('poor', { mode: 'boolean' }).notNull().default(false),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('question_stats_exam_poor_idx').on(t.examId, t.poor)],
);

export const examStats = sqliteTable('exam_stats', {
  examId: integer('exam_id')
    .primaryKey()
    .notNull()
    .references(() => exams.id, { onDelete: 'cascade' }),
  attempts: integer('attempts').notNull(),
  answers: integer('answers').notNull(),
  details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
  computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
});
