import { AppError, InvalidInputError } from '@/lib/app-error';
import type { SubmitReason } from '@/lib/exam/timing';

/** Unknown id, or an attempt of another learner: both look the same (no hint that it exists). */
export class AttemptNotFoundError extends AppError {
  override name = 'AttemptNotFoundError';
  constructor(message = 'This attempt does not exist.') {
    super('not_found', message);
  }
}

export type ClosedReason = 'submitted' | 'abandoned' | SubmitReason;

const CLOSED_MESSAGES: Record<'timeout' | 'abandoned' | 'other', string> = {
  timeout: 'Time is up: this attempt was submitted automatically and takes no more answers.',
  abandoned: 'This attempt was abandoned and takes no more answers.',
  other: 'This attempt was already submitted and takes no more answers.',
};

/** The attempt no longer takes answers: submitted, abandoned or out of time. */
export class AttemptClosedError extends AppError {
  override name = 'AttemptClosedError';
  constructor(
    readonly attemptId: string,
    readonly reason: ClosedReason,
  ) {
    super('conflict', CLOSED_MESSAGES[reason === 'timeout' || reason === 'abandoned' ? reason : 'other'], {
      details: { reason, resultUrl: `/attempts/${attemptId}/result` },
    });
  }
}

/** A bad payload: nothing was changed. */
export class AttemptInputError extends InvalidInputError {
  override name = 'AttemptInputError';
}

/** The exam, objectives or filters leave no question to ask. */
export class NoQuestionsError extends AppError {
  override name = 'NoQuestionsError';
  constructor(message: string) {
    super('unprocessable', message);
  }
}

export class ExamNotFoundError extends AppError {
  override name = 'ExamNotFoundError';
  constructor() {
    super('not_found', 'This exam does not exist or is not published.');
  }
}

/**
 * A mock exam of this exam is already open (one at a time, like a real test centre): resume it,
 * or end it first. `attemptId` is null only when the open one closed again in between.
 */
export class MockInProgressError extends AppError {
  override name = 'MockInProgressError';
  constructor(readonly attemptId: string | null) {
    super(
      'conflict',
      'You already have this mock exam open. Resume it, or end it before starting a new one.',
      { details: attemptId ? { attemptId, resumeUrl: `/attempts/${attemptId}` } : {} },
    );
  }
}
