/**
 * FSRS's four grades. In the daily review the learner grades themself after the answer is
 * revealed (Anki's Again / Hard / Good / Easy, keys 1–4). An answer in a mock exam or practice
 * session only tells us right or wrong, how long it took and whether it was flagged, so
 * ratingForAnswer uses three of them (Easy is never given: a right answer is not evidence that
 * the question was easy) — and the daily review suggests the same grade after a reveal:
 *
 *   wrong                                   → Again
 *   right, but slow or marked unsure        → Hard
 *   right                                   → Good
 *
 * A matching/ordering answer with partial credit has a score between 0 and 1 (the share of right
 * pairs/positions): full marks are "right" as above; half or more right is Hard (the learner
 * knows most of it, the card should come back soon but not from scratch); below half is Again.
 * All-or-nothing questions score 0 or 1, so they follow the three lines above unchanged.
 *
 * "Slow" is relative to the question's exam: slower than the real exam's time budget per
 * question (its duration divided by its question count, e.g. 130 min / 65 = 2 min). A learner
 * who needs longer than that would run out of time on the real exam, so the answer is shakier
 * than a quick one. An unknown time (0) is never slow.
 */
export const REVIEW_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

/** ts-fsrs's Rating numbers, as stored in review_logs.rating; also the review page's keys 1–4. */
export const RATING_NUMBER: Record<ReviewRating, 1 | 2 | 3 | 4> = { again: 1, hard: 2, good: 3, easy: 4 };

export const RATING_LABELS: Record<ReviewRating, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

export function ratingFromNumber(value: number): ReviewRating {
  if (value <= 1) return 'again';
  return value === 2 ? 'hard' : value === 3 ? 'good' : 'easy';
}

/** The rating a pressed key stands for ("1"…"4"), or null for any other key. */
export function ratingForKey(key: string): ReviewRating | null {
  return /^[1-4]$/.test(key) ? ratingFromNumber(Number(key)) : null;
}

export interface ExamPace {
  durationMinutes: number;
  questionCount: number;
}

/** The real exam's time budget for one question, in ms. */
export function slowThresholdMs(exam: ExamPace): number {
  if (exam.durationMinutes <= 0 || exam.questionCount <= 0) return Number.POSITIVE_INFINITY;
  return (exam.durationMinutes * 60_000) / exam.questionCount;
}

export interface AnswerEvidence {
  correct: boolean;
  /** 0–1 when the question gives partial credit; absent (or 0/1) for all-or-nothing answers. */
  score?: number;
  timeSpentMs: number;
  /** The learner said "I was unsure" (a review) or flagged the question (a session). */
  unsure: boolean;
  /** From slowThresholdMs. */
  slowAfterMs: number;
}

/** Half or more right (partial credit): Hard, not Again. */
export const PARTIAL_HARD_FROM = 0.5;

export function ratingForAnswer(answer: AnswerEvidence): ReviewRating {
  if (!answer.correct)
    return answer.score !== undefined && answer.score >= PARTIAL_HARD_FROM - 1e-9 ? 'hard' : 'again';
  const slow = answer.timeSpentMs > 0 && answer.timeSpentMs > answer.slowAfterMs;
  return slow || answer.unsure ? 'hard' : 'good';
}
