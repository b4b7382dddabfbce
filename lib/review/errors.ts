import { AppError, InvalidInputError } from '@/lib/app-error';

/** Unknown card, or a card of another learner: both look the same (no hint that it exists). */
export class CardNotFoundError extends AppError {
  override name = 'CardNotFoundError';
  constructor(message = 'This review card does not exist.') {
    super('not_found', message);
  }
}

/** A bad payload: nothing was changed. */
export class ReviewInputError extends InvalidInputError {
  override name = 'ReviewInputError';
}

/** The card's question was retired from the bank after the card was shown. */
export class QuestionRetiredError extends AppError {
  override name = 'QuestionRetiredError';
  constructor() {
    super(
      'gone',
      'This question has been retired from the bank, so its card is skipped. Nothing was recorded.',
    );
  }
}
