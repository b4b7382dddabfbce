import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const EXAM_STATUSES = ['draft', 'published'] as const;
export type ExamStatus = (typeof EXAM_STATUSES)[number];

export const exams = sqliteTable(
  'exams',
  {
    id: integer('id').primaryKey().notNull(),
    slug: text('slug').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    vendor: text('vendor').notNull(),
    description: text('description').notNull().default(''),
    durationMinutes: integer('duration_minutes').notNull(),
    questionCount: integer('question_count').notNull(),
    /** Percent needed to pass, 1–100. */
    passingScore: integer('passing_score').notNull(),
    status: text('status', { enum: EXAM_STATUSES }).notNull().default('draft'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('exams_slug_unique').on(t.slug), index('exams_status_idx').on(t.status, t.title)],
);

export const objectives = sqliteTable(
  'objectives',
  {
    id: integer('id').primaryKey().notNull(),
    examId: examRef(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    /** Share of the exam in percent; an exam's weights sum to 100. */
    weight: integer('weight').notNull(),
    position: integer('position').notNull().default(0),
    /**
     * Active questions of this objective, kept by triggers on questions (migration 20261126000000).
     * Never write questions with INSERT OR REPLACE: SQLite skips delete triggers on REPLACE.
     */
    activeQuestionCount: integer('active_question_count').notNull().default(0),
  },
  (t) => [uniqueIndex('objectives_exam_code_unique').on(t.examId, t.code)],
);

/** The exam a row belongs to; deleting the exam deletes the row. */
export function examRef() {
  return integer('exam_id')
    .notNull()
    .references(() => exams.id, { onDelete: 'cascade' });
}

/** The objective a row belongs to; deleting the objective deletes the row. */
export function objectiveRef() {
  return integer('objective_id')
    .notNull()
    .references(() => objectives.id, { onDelete: 'cascade' });
}
