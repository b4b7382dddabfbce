/**
 * A card's FSRS scheduling state as we store it: ts-fsrs's Card with epoch-millisecond times
 * and a readable state name. Pure data, so the database layer and the scheduler share it.
 */
export const CARD_STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof CARD_STATE_NAMES)[number];

export interface SchedulingState {
  state: CardStateName;
  /** Epoch ms when the card is next due. */
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  /** Reviews applied so far; also the card's revision for compare-and-set writes. */
  reps: number;
  lapses: number;
  /** Epoch ms of the last review, null for a card never reviewed. */
  lastReview: number | null;
}

/** The state of a card that has never been reviewed, due at once. */
export function newCardState(now: Date): SchedulingState {
  return {
    state: 'new',
    due: now.getTime(),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
}

export function isCardStateName(value: unknown): value is CardStateName {
  return typeof value === 'string' && (CARD_STATE_NAMES as readonly string[]).includes(value);
}

/** The state's values in the column order of review_cards (state … last_review), for raw writes. */
export function schedulingValues(next: SchedulingState) {
  return [
    next.state,
    next.due,
    next.stability,
    next.difficulty,
    next.elapsedDays,
    next.scheduledDays,
    next.learningSteps,
    next.reps,
    next.lapses,
    next.lastReview,
  ] as const;
}
