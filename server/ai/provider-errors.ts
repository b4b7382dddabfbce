import 'server-only';
import { APICallError, RetryError } from 'ai';

/**
 * A provider failure in words a moderator can act on. Never the provider's raw answer (it may
 * echo the request or headers); the status code and what usually causes it.
 */
export function describeProviderError(error: unknown, timedOutAfterMs: number | null): string {
  if (timedOutAfterMs !== null)
    return `The AI provider did not finish within ${Math.round(timedOutAfterMs / 1000)} seconds, so the generation was stopped.`;
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode;
    if (status === 401 || status === 403)
      return `The AI provider refused the credentials (HTTP ${status}): check AI_API_KEY.`;
    if (status === 404)
      return 'The AI provider does not know this model (HTTP 404): check AI_MODEL and AI_BASE_URL.';
    if (status === 429)
      return 'The AI provider is rate limiting or out of quota (HTTP 429): try again later.';
    if (status !== undefined) return `The AI provider answered with an error (HTTP ${status}).`;
    return 'The AI provider could not be reached: check AI_BASE_URL and that the service is running.';
  }
  return 'The AI provider failed while answering.';
}
