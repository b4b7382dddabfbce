import type { GenerationRequest } from '../validation/ai-generation';

/**
 * The monthly token budget of AI generations, as pure arithmetic. A run reserves its worst case
 * (the prompt plus the output cap it is given) when it starts, in the same statement that checks
 * the budget, and settles to the provider's count when it ends (server/ai/generation-limits.ts).
 */

/** Output tokens allowed per requested question (a question with explanation is ~300–600). */
export const OUTPUT_TOKENS_PER_QUESTION = 1200;
const PROMPT_OVERHEAD_TOKENS = 1000;

export function maxOutputTokens(count: number): number {
  return 500 + count * OUTPUT_TOKENS_PER_QUESTION;
}

/** A generous upper bound: ~1 token per 3 characters of guidance, plus the fixed prompt. */
export function reservedTokens(request: Pick<GenerationRequest, 'count' | 'guidance'>): number {
  return PROMPT_OVERHEAD_TOKENS + Math.ceil(request.guidance.length / 3) + maxOutputTokens(request.count);
}

/** The calendar month (UTC) `now` falls in: [start, end) in epoch ms. */
export function budgetMonth(now: number): { start: number; end: number } {
  const date = new Date(now);
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return { start, end };
}
