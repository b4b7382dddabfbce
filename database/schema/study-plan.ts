import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { examRef } from './catalog';
import { ownerUserId } from './users';

/** A learner's exam date and where they stood when they set it (server/study-plan). */
export const examTargets = sqliteTable(
  'exam_targets',
  {
    userId: ownerUserId(),
    examId: examRef(),
    /** The learner's local date, YYYY-MM-DD. */
    examDate: text('exam_date').notNull(),
    startDate: text('start_date').notNull(),
    startSeen: integer('start_seen').notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.examId] })],
);
