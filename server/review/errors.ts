/** Unknown card, or a card of another learner: both look the same (no hint that it exists). */
export class CardNotFoundError extends Error {
  override name = 'CardNotFoundError';
  readonly status = 404;
  constructor(message = 'This review card does not exist.') {
    super(message);
  }
}

/** A bad payload: nothing was changed. */
export class ReviewInputError extends Error {
  override name = 'ReviewInputError';
  readonly status = 400;
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** The card's question was retired from the bank after the card was shown. */
export class QuestionRetiredError extends Error {
  override name = 'QuestionRetiredError';
  readonly status = 410;
  constructor() {
    super('This question has been retired from the bank, so its card is skipped. Nothing was recorded.');
  }
}

export type ReviewError = CardNotFoundError | ReviewInputError | QuestionRetiredError;

export function isReviewError(error: unknown): error is ReviewError {
  return error instanceof CardNotFoundError || error instanceof ReviewInputError || error instanceof QuestionRetiredError;
}
