import 'server-only';
import { and, count, eq, isNull, or } from 'drizzle-orm';
import { questions, sessionQuestions, userAnswers } from '@/database/schema';
import { appDatabase } from '@/server/db';

/**
 * How many of an attempt's missed (or unanswered) questions are still active: what "practice my
 * mistakes" would ask. A query, so the result page can send it in its read batch.
 */
export function practicableMistakesQuery(attemptId: string) {
  const sq = sessionQuestions;
  return appDatabase()
    .db.select({ n: count() })
    .from(sq)
    .innerJoin(questions, and(eq(questions.id, sq.questionId), eq(questions.isActive, true)))
    .leftJoin(
      userAnswers,
      and(eq(userAnswers.sessionId, sq.sessionId), eq(userAnswers.questionId, sq.questionId)),
    )
    .where(and(eq(sq.sessionId, attemptId), or(isNull(userAnswers.id), eq(userAnswers.isCorrect, false))));
}
