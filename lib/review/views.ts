/** What the review screens receive: never the answer key before the learner has answered. */
import type { QuestionKind } from '@/lib/exam/answers';
import type { Exhibit } from '@/lib/exam/exhibits';
import type { CardStateName } from './card-state';
import type { ReviewRating } from './rating';

export interface ReviewOptionView {
  id: string;
  text: string;
  /** Matching: this entry is a premise (the others are responses). */
  premise?: true;
}

/** One due card as shown: the question's current version. */
export interface ReviewCardView {
  cardId: number;
  /** The card's reps when shown; sent back with the answer (compare-and-set). */
  seenReps: number;
  dueAt: number;
  state: CardStateName;
  exam: { slug: string; code: string; title: string };
  objective: { code: string; title: string };
  question: {
    id: number;
    versionId: number;
    type: QuestionKind;
    /** How many options to choose (0 for matching/ordering). */
    choose: number;
    stem: string;
    /**
     * Choice: the options. Matching: premises (flagged) then the responses, shuffled; ordering: the
     * items, shuffled (never in the right order). Same order for the same presentation.
     */
    options: ReviewOptionView[];
    /** Matching/ordering: each right pair/position earns its share. */
    partialCredit?: boolean;
    /** Matching: one response may answer several premises. */
    responsesReusable?: boolean;
    /** The version's exhibits (absent when there are none). */
    exhibits?: Exhibit[];
  };
}

export interface ReviewQueueView {
  cards: ReviewCardView[];
  /** All cards due today (every exam, or the chosen one), not only those in `cards`. */
  dueToday: number;
  /** Reviews the learner logged since the start of their today (every exam): survives a reload. */
  reviewedToday: number;
  /** End of the learner's today, epoch ms. */
  dayEndsAt: number;
}

export interface ReviewFeedback {
  /** Fully right. */
  correct: boolean;
  /** 0–1; between only for a matching/ordering answer with partial credit. */
  score: number;
  /** Choice: the key's option ids; matching: the right "premise:response" pairs; ordering: the right order. */
  correctOptionIds: string[];
  explanation: string;
  references: { title: string; url: string }[];
}

/** One of the four buttons after a reveal: when the card comes back if rated so. */
export interface ReviewChoice {
  rating: ReviewRating;
  dueAt: number;
}

/**
 * The answer revealed (nothing recorded yet): the feedback, the time the server revealed it
 * (sent back with the rating, so the card is scheduled exactly as the buttons said), the four
 * choices in rating order, and the grade the answer suggests.
 */
export interface ReviewReveal {
  feedback: ReviewFeedback;
  revealedAt: number;
  choices: ReviewChoice[];
  suggested: ReviewRating;
}

/**
 * recorded: this answer was counted. duplicate: the same presentation was counted before (a
 * retry or double click); nothing changed. stale: the card changed since it was shown (reviewed
 * on another device, or suspended); nothing was counted.
 */
export type ReviewOutcomeStatus = 'recorded' | 'duplicate' | 'stale';

export interface ReviewOutcome {
  status: ReviewOutcomeStatus;
  feedback: ReviewFeedback;
  rating: ReviewRating | null;
  /** When the card is due next (epoch ms), when known. */
  nextDueAt: number | null;
}
