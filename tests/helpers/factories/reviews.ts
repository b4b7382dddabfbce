import type { CardStateName } from '../../../database/schema';
import { rows } from '../database';

export interface ReviewCardSpec {
  user: { id: string };
  question: { id: number };
  /** A card seen once and due now unless told otherwise. */
  state?: CardStateName;
  due?: Date;
  stability?: number;
  difficulty?: number;
  scheduledDays?: number;
  reps?: number;
  lapses?: number;
  lastReview?: Date | null;
  suspended?: boolean;
}

/**
 * A spaced-repetition card of a learner for a question, as FSRS leaves it after one right
 * answer a day before `due` (due now unless given). Returns the card id.
 */
export async function createReviewCard(spec: ReviewCardSpec): Promise<number> {
  const due = spec.due ?? new Date();
  const lastReview = spec.lastReview === undefined ? new Date(due.getTime() - 86_400_000) : spec.lastReview;
  const now = Date.now();
  const [row] = await rows(
    `INSERT INTO review_cards (user_id, question_id, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review, suspended, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [
      spec.user.id,
      spec.question.id,
      spec.state ?? 'review',
      due.getTime(),
      spec.stability ?? 3,
      spec.difficulty ?? 5,
      spec.scheduledDays ?? 1,
      spec.reps ?? 1,
      spec.lapses ?? 0,
      lastReview?.getTime() ?? null,
      spec.suspended ? 1 : 0,
      now,
      now,
    ],
  );
  return Number(row!.id);
}
