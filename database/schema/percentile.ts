import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { exams } from './catalog';
import { studySessions } from './study';
import { ownerUserId } from './users';

/**
 * Each learner's latest submitted mock exam per exam: the distribution the percentile counts
 * (server/percentile). Written in the submit's batch; one row per learner and exam.
 */
export const latestMockScores = sqliteTable(
  'latest_mock_scores',
  {
    examId: integer('exam_id')
      .notNull()
      .references(() => exams.id, { onDelete: 'cascade' }),
    userId: ownerUserId(),
    sessionId: text('session_id')
      .notNull()
      .references(() => studySessions.id, { onDelete: 'cascade' }),
    scorePercent: real('score_percent').notNull(),
    submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.examId, t.userId] }),
    index('latest_mock_scores_exam_submitted_idx').on(t.examId, t.submittedAt, t.scorePercent, t.userId),
    index('latest_mock_scores_session_idx').on(t.sessionId),
  ],
);
