import type { SubmitReason } from '@/lib/exam/timing';

/** Unknown id, or an attempt of another learner: both look the same (no hint that it exists). */
export class AttemptNotFoundError extends Error {
  override name = 'AttemptNotFoundError';
  readonly status = 404;
  constructor(message = 'This attempt does not exist.') {
    super(message);
  }
}

export type ClosedReason = 'submitted' | 'abandoned' | SubmitReason;

/** The attempt no longer takes answers: submitted, abandoned or out of time. */
export class AttemptClosedError extends Error {
  override name = 'AttemptClosedError';
  readonly status = 409;
  constructor(
    readonly attemptId: string,
    readonly reason: ClosedReason,
  ) {
    super(
      reason === 'timeout'
        ? 'Time is up: this attempt was submitted automatically and takes no more answers.'
        : reason === 'abandoned'
          ? 'This attempt was abandoned and takes no more answers.'
          : 'This attempt was already submitted and takes no more answers.',
    );
  }
}

/** A bad payload: nothing was changed. */
export class AttemptInputError extends Error {
  override name = 'AttemptInputError';
  readonly status = 400;
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** The exam, objectives or filters leave no question to ask. */
export class NoQuestionsError extends Error {
  override name = 'NoQuestionsError';
  readonly status = 422;
}

export class ExamNotFoundError extends Error {
  override name = 'ExamNotFoundError';
  readonly status = 404;
  constructor() {
    super('This exam does not exist or is not published.');
  }
}

export type AttemptError = AttemptNotFoundError | AttemptClosedError | AttemptInputError | NoQuestionsError | ExamNotFoundError;

export function isAttemptError(error: unknown): error is AttemptError {
  return (
    error instanceof AttemptNotFoundError ||
    error instanceof AttemptClosedError ||
    error instanceof AttemptInputError ||
    error instanceof NoQuestionsError ||
    error instanceof ExamNotFoundError
  );
}
