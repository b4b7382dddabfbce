import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { exams, objectives } from './catalog';
import { questions, questionVersions } from './questions';
import { users } from './users';

export const AI_GENERATION_STATUSES = ['running', 'done', 'failed'] as const;
export type AiGenerationStatus = (typeof AI_GENERATION_STATUSES)[number];

/** One AI generation run: model, prompt version, parameters, moderator and tokens (issue 19). */
export const aiGenerations = sqliteTable(
  'ai_generations',
  {
    id: integer('id').primaryKey().notNull(),
    moderatorId: text('moderator_id').references(() => users.id, { onDelete: 'set null' }),
    examId: integer('exam_id')
      .notNull()
      .references(() => exams.id, { onDelete: 'cascade' }),
    objectiveId: integer('objective_id').references(() => objectives.id, { onDelete: 'set null' }),
    model: text('model').notNull(),
    promptVersion: text('prompt_version').notNull(),
    parameters: text('parameters', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    status: text('status', { enum: AI_GENERATION_STATUSES }).notNull().default('running'),
    /** Held against the monthly budget while the run is open; replaced by the real count when it ends. */
    reservedTokens: integer('reserved_tokens').notNull().default(0),
    inputTokens: integer('input_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    createdCount: integer('created_count').notNull().default(0),
    droppedCount: integer('dropped_count').notNull().default(0),
    error: text('error'),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('ai_generations_started_idx').on(t.startedAt),
    index('ai_generations_moderator_started_idx').on(t.moderatorId, t.startedAt),
  ],
);

/** Which run wrote a question (and its first version), and the near-duplicate found then. */
export const questionAiProvenance = sqliteTable(
  'question_ai_provenance',
  {
    questionId: integer('question_id')
      .primaryKey()
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    questionVersionId: integer('question_version_id')
      .notNull()
      .references(() => questionVersions.id, { onDelete: 'cascade' }),
    generationId: integer('generation_id')
      .notNull()
      .references(() => aiGenerations.id, { onDelete: 'cascade' }),
    similarQuestionId: integer('similar_question_id').references(() => questions.id, {
      onDelete: 'set null',
    }),
    similarity: real('similarity'),
  },
  (t) => [index('question_ai_provenance_generation_idx').on(t.generationId)],
);
