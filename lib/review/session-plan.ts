import { countedStudyTimeMs } from '@/lib/progress/study-time';
import { newCardState, type SchedulingState } from './card-state';
import { RATING_NUMBER, ratingForAnswer, type ReviewRating } from './rating';
import { sessionReviewKey } from './review-keys';
import { scheduleReview } from './scheduler';

/**
 * What one submitted session does to a learner's cards, logs and totals: each answer is one
 * FSRS review of its question's card, at the moment it was answered. Pure: the server reads
 * the rows, this decides, the server writes the result in one batch.
 */
export interface SessionAnswer {
  questionId: number;
  objectiveId: number | null;
  /** Fully right. */
  correct: boolean;
  /** 0–1 (a share with partial credit); absent: 1 when correct, else 0. */
  score?: number;
  timeSpentMs: number;
  answeredAt: number;
  /** The learner flagged the question during the session: treated as "unsure". */
  flagged: boolean;
  /** The card as stored before this session, or null if the learner has none yet. */
  card: SchedulingState | null;
}

export interface CardWrite {
  questionId: number;
  next: SchedulingState;
}

export interface LogWrite {
  questionId: number;
  objectiveId: number | null;
  rating: ReviewRating;
  correct: boolean;
  /** 0–1, stored in review_logs.score (mastery counts it). */
  score: number;
  timeSpentMs: number;
  reviewedAt: number;
  previous: SchedulingState;
  next: SchedulingState;
  idempotencyKey: string;
}

/**
 * A log's values in review_logs column order, from objective_id to idempotency_key: the one
 * mapping of a LogWrite to its row, shared by the submit sync and the generated bench data.
 */
export function logRowValues(log: LogWrite) {
  return [
    log.objectiveId,
    RATING_NUMBER[log.rating],
    log.correct ? 1 : 0,
    log.timeSpentMs,
    log.reviewedAt,
    log.previous.state,
    log.previous.due,
    log.previous.stability,
    log.previous.difficulty,
    log.next.due,
    log.next.scheduledDays,
    log.idempotencyKey,
  ] as const;
}

export interface ObjectiveTotalsDelta {
  objectiveId: number;
  answered: number;
  correct: number;
  answerTimeMs: number;
  lastActivityAt: number;
}

export interface SessionPlan {
  cards: CardWrite[];
  logs: LogWrite[];
  totals: ObjectiveTotalsDelta[];
}

export function planSessionReviews(
  sessionId: string,
  answers: readonly SessionAnswer[],
  slowAfterMs: number,
): SessionPlan {
  const ordered = [...answers].sort((a, b) => a.answeredAt - b.answeredAt || a.questionId - b.questionId);
  const cards: CardWrite[] = [];
  const logs: LogWrite[] = [];
  const totals = new Map<number, ObjectiveTotalsDelta>();
  for (const answer of ordered) {
    const answeredAt = new Date(answer.answeredAt);
    const previous = answer.card ?? newCardState(answeredAt);
    const score = answer.score ?? (answer.correct ? 1 : 0);
    const rating = ratingForAnswer({
      correct: answer.correct,
      score,
      timeSpentMs: answer.timeSpentMs,
      unsure: answer.flagged,
      slowAfterMs,
    });
    const next = scheduleReview(previous, rating, answeredAt);
    cards.push({ questionId: answer.questionId, next });
    logs.push({
      questionId: answer.questionId,
      objectiveId: answer.objectiveId,
      rating,
      correct: answer.correct,
      score,
      timeSpentMs: Math.max(0, Math.round(answer.timeSpentMs)),
      // When the learner answered (streaks, history), even if FSRS had to apply it later.
      reviewedAt: answer.answeredAt,
      previous,
      next,
      idempotencyKey: sessionReviewKey(sessionId, answer.questionId),
    });
    if (answer.objectiveId !== null) {
      const total = totals.get(answer.objectiveId) ?? {
        objectiveId: answer.objectiveId,
        answered: 0,
        correct: 0,
        answerTimeMs: 0,
        lastActivityAt: 0,
      };
      total.answered += 1;
      total.correct += answer.correct ? 1 : 0;
      total.answerTimeMs += countedStudyTimeMs(answer.timeSpentMs);
      total.lastActivityAt = Math.max(total.lastActivityAt, answer.answeredAt);
      totals.set(answer.objectiveId, total);
    }
  }
  return { cards, logs, totals: [...totals.values()] };
}
