import { fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { CardStateName, SchedulingState } from './card-state';
import { REVIEW_RATINGS, type ReviewRating } from './rating';

/**
 * FSRS settings for exam preparation (ts-fsrs, pinned in package.json):
 * - one 10-minute (re)learning step: a question answered wrong comes back later the same day,
 *   and one right answer after that graduates it to day-based intervals (the default two steps
 *   of 1 and 10 minutes would show a just-missed question again within a minute);
 * - intervals capped at 365 days: certification exams are months away, not decades;
 * - fuzz on, so that the 65 questions of one mock exam do not all fall due on the same day.
 *   ts-fsrs seeds the fuzz from the card and the review time, so the result stays a pure
 *   function of its inputs.
 * Target retention stays at FSRS's default of 90%.
 */
export const SCHEDULER_PARAMETERS = generatorParameters({
  enable_fuzz: true,
  enable_short_term: true,
  learning_steps: ['10m'],
  relearning_steps: ['10m'],
  maximum_interval: 365,
});

const scheduler = fsrs(SCHEDULER_PARAMETERS);

const STATE_BY_NAME: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const NAME_BY_STATE: Record<State, CardStateName> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const GRADE: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

function toCard(state: SchedulingState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_BY_NAME[state.state],
    last_review: state.lastReview === null ? undefined : new Date(state.lastReview),
  };
}

function fromCard(card: Card): SchedulingState {
  return {
    state: NAME_BY_STATE[card.state],
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/**
 * The review time FSRS is given. Answers can reach a card out of order (a practice session
 * answered on Monday but submitted after Tuesday's review), and FSRS cannot go back in time:
 * such an answer is applied as if it came right after the card's last review.
 */
export function effectiveReviewTime(state: SchedulingState, answeredAt: Date): Date {
  const last = state.lastReview ?? Number.NEGATIVE_INFINITY;
  return answeredAt.getTime() >= last ? answeredAt : new Date(last);
}

/** The card after one review with `rating` at `answeredAt` (ts-fsrs `next`). */
export function scheduleReview(
  state: SchedulingState,
  rating: ReviewRating,
  answeredAt: Date,
): SchedulingState {
  const at = effectiveReviewTime(state, answeredAt);
  return fromCard(scheduler.next(toCard(state), at, GRADE[rating]).card);
}

/**
 * The card after each of the four ratings at `answeredAt` (ts-fsrs `repeat`): what the review
 * page shows on its buttons. Given the same card and time, scheduleReview applies exactly the
 * preview of the chosen rating (fuzz included), so the button tells the truth.
 */
export function previewReviews(
  state: SchedulingState,
  answeredAt: Date,
): Record<ReviewRating, SchedulingState> {
  const at = effectiveReviewTime(state, answeredAt);
  const preview = scheduler.repeat(toCard(state), at);
  return Object.fromEntries(
    REVIEW_RATINGS.map((rating) => [rating, fromCard(preview[GRADE[rating]].card)]),
  ) as Record<ReviewRating, SchedulingState>;
}
