import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Exhibit } from '../../lib/exam/exhibits';
import { examRef } from './catalog';
import { users } from './users';

export const CASE_STUDY_STATUSES = ['draft', 'published', 'retired'] as const;
export type CaseStudyStatus = (typeof CASE_STUDY_STATUSES)[number];

/**
 * A case study (issue 20): a shared scenario that several questions of one exam refer to
 * (questions.case_study_id). Only a published case is drawn, as a unit, in a mock.
 */
export const caseStudies = sqliteTable(
  'case_studies',
  {
    id: integer('id').primaryKey().notNull(),
    examId: examRef(),
    title: text('title').notNull(),
    /** Markdown, shown one click away from each of the case's questions. */
    scenario: text('scenario').notNull().default(''),
    /** Exhibits shown under the scenario (lib/exam/exhibits.ts), as on a question version. */
    exhibits: text('exhibits', { mode: 'json' }).$type<Exhibit[]>().notNull().default([]),
    status: text('status', { enum: CASE_STUDY_STATUSES }).notNull().default('draft'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('case_studies_exam_idx').on(t.examId, t.status)],
);
