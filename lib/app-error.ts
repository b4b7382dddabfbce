/**
 * The one error model. Services throw an AppError (or a subclass that names a domain case) with
 * a code; the guarded entry points map it ONCE to an action result and ONCE to an HTTP answer
 * (both in server/entry/errors.ts). The message is always safe to show a user.
 * Anything that is not an AppError is a bug: logged, and answered with a generic message.
 */
export const ERROR_STATUS = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  too_large: 413,
  conflict: 409,
  gone: 410,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export interface AppErrorOptions {
  /** Per-field messages for forms: { fieldName: message }. */
  fieldErrors?: Record<string, string>;
  /** Extra JSON fields for the HTTP answer (e.g. where to go next). Never secrets or rows. */
  details?: Record<string, unknown>;
  /** For rate_limited: when to try again. */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly fieldErrors?: Record<string, string>;
  readonly details?: Record<string, unknown>;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** A bad payload: nothing was changed. Domains subclass it to name their case in logs. */
export class InvalidInputError extends AppError {
  override name = 'InvalidInputError';
  constructor(message: string, fieldErrors?: Record<string, string>) {
    super('invalid_input', message, { fieldErrors });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
