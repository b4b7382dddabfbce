import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Exhibit } from '../../lib/exam/exhibits';
import { caseStudies } from './case-studies';
import { examRef, objectiveRef } from './catalog';
import { users } from './users';

export const QUESTION_TYPES = ['single', 'multiple'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuestionOption {
  id: string;
  text: string;
  correct: boolean;
  /** Matching: set on a premise, the id of its right response (responses have none). */
  match?: string;
}

/** question_versions.settings: {} for single/multiple response; the kind and its scoring rules otherwise. */
export interface QuestionSettings {
  kind?: 'matching' | 'ordering';
  partialCredit?: boolean;
  responsesReusable?: boolean;
}

export interface QuestionReference {
  title: string;
  url: string;
}

export const questions = sqliteTable(
  'questions',
  {
    id: integer('id').primaryKey().notNull(),
    examId: examRef(),
    objectiveId: objectiveRef(),
    type: text('type', { enum: QUESTION_TYPES }).notNull(),
    /** 1 easy, 2 medium, 3 hard. */
    difficulty: integer('difficulty').notNull().default(2),
    isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    /** GIFT ::title:: / the CSV and JSON "name"; searchable, exported back. */
    title: text('title'),
    /** The case study this question belongs to (a section of a mock); null: standalone. */
    caseStudyId: integer('case_study_id').references(() => caseStudies.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('questions_exam_objective_active_idx').on(t.examId, t.objectiveId, t.isActive),
    index('questions_objective_idx').on(t.objectiveId),
    index('questions_case_study_idx').on(t.caseStudyId),
  ],
);

/** Immutable: every save of a question adds a row; attempts point at the row they showed. */
export const questionVersions = sqliteTable(
  'question_versions',
  {
    id: integer('id').primaryKey().notNull(),
    questionId: questionRef(),
    version: integer('version').notNull(),
    stem: text('stem').notNull(),
    options: text('options', { mode: 'json' }).$type<QuestionOption[]>().notNull(),
    explanation: text('explanation').notNull().default(''),
    refs: text('refs', { mode: 'json' }).$type<QuestionReference[]>().notNull().default([]),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** The kind (matching / ordering) and its scoring rules; {} for single/multiple response. */
    settings: text('settings', { mode: 'json' }).$type<QuestionSettings>().notNull().default({}),
    /** Images (by media hash), tables and code/log blocks shown beside the stem (lib/exam/exhibits.ts). */
    exhibits: text('exhibits', { mode: 'json' }).$type<Exhibit[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('question_versions_question_version_unique').on(t.questionId, t.version)],
);

/** The question a row belongs to; deleting the question deletes the row. */
export function questionRef() {
  return integer('question_id')
    .notNull()
    .references(() => questions.id, { onDelete: 'cascade' });
}

/** The question version a row pins; deleting the version deletes the row. */
export function questionVersionRef() {
  return integer('question_version_id')
    .notNull()
    .references(() => questionVersions.id, { onDelete: 'cascade' });
}
