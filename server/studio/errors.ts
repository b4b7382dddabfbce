import 'server-only';
import { AppError, type AppErrorCode } from '@/lib/app-error';

const KIND_CODES = {
  input: 'invalid_input',
  'not-found': 'not_found',
  conflict: 'conflict',
} as const satisfies Record<string, AppErrorCode>;

/** A studio request that cannot be done as asked; the message is safe to show. */
export class StudioError extends AppError {
  override name = 'StudioError';
  constructor(
    message: string,
    fieldErrors?: Record<string, string>,
    kind: keyof typeof KIND_CODES = 'input',
  ) {
    super(KIND_CODES[kind], message, { fieldErrors });
  }
}

export function notFound(what: string): StudioError {
  return new StudioError(`This ${what} does not exist (any more).`, undefined, 'not-found');
}
