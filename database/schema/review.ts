import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { objectiveRef } from './catalog';
import { questionRef } from './questions';
import { studySessions } from './study';
import { ownerUserId } from './users';

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof CARD_STATES)[number];
export const REVIEW_LOG_KINDS = ['session', 'review'] as const;
export type ReviewLogKind = (typeof REVIEW_LOG_KINDS)[number];

/** One FSRS card per learner and question (ts-fsrs's Card, times in epoch ms). */
export const reviewCards = sqliteTable(
  'review_cards',
  {
    id: integer('id').primaryKey().notNull(),
    userId: ownerUserId(),
    questionId: questionRef(),
    state: text('state', { enum: CARD_STATES }).notNull().default('new'),
    due: integer('due', { mode: 'timestamp_ms' }).notNull(),
    stability: real('stability').notNull().default(0),
    difficulty: real('difficulty').notNull().default(0),
    elapsedDays: integer('elapsed_days').notNull().default(0),
    scheduledDays: integer('scheduled_days').notNull().default(0),
    learningSteps: integer('learning_steps').notNull().default(0),
    /** Also the card's revision: a review applies only to the reps it was shown with. */
    reps: integer('reps').notNull().default(0),
    lapses: integer('lapses').notNull().default(0),
    lastReview: integer('last_review', { mode: 'timestamp_ms' }),
    suspended: integer('suspended', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('review_cards_user_question_unique').on(t.userId, t.questionId),
    index('review_cards_user_suspended_due_idx').on(t.userId, t.suspended, t.due),
    index('review_cards_question_idx').on(t.questionId),
  ],
);

/** Every review of a card; idempotency_key makes each count once (see the migration). */
export const reviewLogs = sqliteTable(
  'review_logs',
  {
    id: integer('id').primaryKey().notNull(),
    cardId: integer('card_id')
      .notNull()
      .references(() => reviewCards.id, { onDelete: 'cascade' }),
    userId: ownerUserId(),
    kind: text('kind', { enum: REVIEW_LOG_KINDS }).notNull(),
    /** Pinned history, no foreign key (see the migration). */
    sessionId: text('session_id'),
    objectiveId: integer('objective_id'),
    /** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
    rating: integer('rating').notNull(),
    isCorrect: integer('is_correct', { mode: 'boolean' }).notNull(),
    timeSpentMs: integer('time_spent_ms').notNull().default(0),
    reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }).notNull(),
    previousState: text('previous_state', { enum: CARD_STATES }).notNull(),
    previousDue: integer('previous_due', { mode: 'timestamp_ms' }).notNull(),
    previousStability: real('previous_stability').notNull(),
    previousDifficulty: real('previous_difficulty').notNull(),
    due: integer('due', { mode: 'timestamp_ms' }).notNull(),
    scheduledDays: integer('scheduled_days').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** 0–1: a share with partial credit; NULL in rows from before it (read as is_correct). */
    score: real('score'),
  },
  (t) => [
    uniqueIndex('review_logs_idempotency_key_unique').on(t.idempotencyKey),
    index('review_logs_card_reviewed_idx').on(t.cardId, t.reviewedAt),
    index('review_logs_user_reviewed_idx').on(t.userId, t.reviewedAt),
    index('review_logs_user_objective_kind_reviewed_idx').on(t.userId, t.objectiveId, t.kind, t.reviewedAt),
  ],
);

/** Submitted sessions already turned into cards, logs and totals. */
export const reviewSessionSyncs = sqliteTable(
  'review_session_syncs',
  {
    sessionId: text('session_id')
      .primaryKey()
      .notNull()
      .references(() => studySessions.id, { onDelete: 'cascade' }),
    userId: ownerUserId(),
    answers: integer('answers').notNull(),
    syncedAt: integer('synced_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('review_session_syncs_user_idx').on(t.userId)],
);

/** Running totals per learner and objective, so the dashboard never sums raw answers. */
export const progressObjectiveTotals = sqliteTable(
  'progress_objective_totals',
  {
    userId: ownerUserId(),
    objectiveId: objectiveRef(),
    answered: integer('answered').notNull().default(0),
    correct: integer('correct').notNull().default(0),
    answerTimeMs: integer('answer_time_ms').notNull().default(0),
    reviews: integer('reviews').notNull().default(0),
    reviewTimeMs: integer('review_time_ms').notNull().default(0),
    lastActivityAt: integer('last_activity_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.objectiveId] }),
    index('progress_objective_totals_objective_idx').on(t.objectiveId),
  ],
);
