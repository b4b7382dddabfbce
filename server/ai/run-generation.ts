import 'server-only';
import { Output, jsonSchema, streamText } from 'ai';
import { z } from 'zod';
import { checkGeneratedItem, generatedQuestionSchema } from '@/lib/ai/generated-question';
import type { GenerationEvent } from '@/lib/ai/generation-events';
import { GENERATION_INSTRUCTIONS, PROMPT_VERSION } from '@/lib/ai/prompts';
import { maxOutputTokens, reservedTokens } from '@/lib/ai/token-budget';
import { logger } from '../logger';
import type { RequestContext } from '../request-context';
import { findNearDuplicate } from './duplicates';
import { generationParameters } from '@/lib/validation/ai-generation';
import type { GenerationOptions, PreparedGeneration } from './generate-drafts';
import { closeGeneration } from './generation-limits';
import { describeProviderError } from './provider-errors';
import { storeGeneratedDraft } from './store-draft';

export const DEFAULT_TIMEOUT_MS = 180_000;
/** How long to wait for the provider's token count after the stream stopped early. */
const USAGE_WAIT_MS = 2_000;

// Every element reaches our own checks (checkGeneratedItem), so an invalid one is reported with
// its reasons instead of vanishing inside the SDK; the provider still gets the full JSON schema.
const elementSchema = jsonSchema<unknown>(z.toJSONSchema(generatedQuestionSchema) as never, {
  validate: (value) => ({ success: true, value }),
});

interface Tally {
  created: number;
  dropped: number;
  ignored: number;
}

async function usageOf(result: { totalUsage: PromiseLike<{ inputTokens?: number; outputTokens?: number }> }) {
  const timer = new Promise<null>((resolve) => setTimeout(() => resolve(null), USAGE_WAIT_MS).unref());
  const usage = await Promise.race([Promise.resolve(result.totalUsage).catch(() => null), timer]);
  return usage && typeof usage.inputTokens === 'number'
    ? { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens ?? 0 }
    : null;
}

/**
 * The run itself: streams the model's array of questions and, as each element completes,
 * checks it, looks for a near-duplicate and stores it as a draft in its own atomic batch.
 *
 * A failure mid-stream (provider error, time-out, the moderator leaving) KEEPS the drafts already
 * stored and says how many: each is a complete, validated question that still waits for a
 * moderator's review, nothing a learner sees changes, and throwing them away would only waste
 * tokens already paid for. Nothing half-written exists: an item is stored whole or not at all.
 */
export async function* runGeneration(
  prepared: PreparedGeneration,
  ctx: RequestContext,
  options: GenerationOptions,
): AsyncGenerator<GenerationEvent> {
  const { request, generationId } = prepared;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const stop = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stop.abort();
  }, timeoutMs);
  const onLeave = () => stop.abort();
  options.signal?.addEventListener('abort', onLeave);
  let failure: unknown = null;
  const tally: Tally = { created: 0, dropped: 0, ignored: 0 };
  let usage: { inputTokens: number; outputTokens: number } | null = null;
  try {
    yield { type: 'started', generationId, model: options.model.modelId, requested: request.count };
    const result = streamText({
      model: options.model.model,
      instructions: GENERATION_INSTRUCTIONS,
      prompt: prepared.prompt,
      output: Output.array({ element: elementSchema, name: 'questions' }),
      maxOutputTokens: maxOutputTokens(request.count),
      maxRetries: 1,
      abortSignal: stop.signal,
      onError: ({ error }) => {
        failure ??= error;
        stop.abort();
      },
    });
    let position = 0;
    try {
      for await (const raw of result.elementStream) {
        if (failure || stop.signal.aborted) break;
        position += 1;
        if (position > request.count) {
          tally.ignored += 1;
          continue;
        }
        yield await handleItem(raw, position, prepared, ctx, options, tally);
      }
    } catch (error) {
      failure ??= error;
    }
    if (stop.signal.aborted && !failure) failure = new Error(timedOut ? 'timeout' : 'cancelled');
    usage = await usageOf(result);
    if (failure) {
      const message = failureMessage(failure, timedOut ? timeoutMs : null, options.signal?.aborted ?? false);
      yield {
        type: 'failed',
        message: withKept(message, tally),
        created: tally.created,
        dropped: tally.dropped,
      };
    } else {
      const tokens = (usage?.inputTokens ?? 0) + (usage?.outputTokens ?? 0);
      yield { type: 'finished', ...tally, tokens };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onLeave);
    // Unknown usage (a failed call) is charged at the reservation: the budget errs on the safe side.
    const charged = usage ?? { inputTokens: reservedTokens(request), outputTokens: 0 };
    await closeGeneration(
      generationId,
      {
        status: failure ? 'failed' : 'done',
        ...charged,
        created: tally.created,
        dropped: tally.dropped,
        error: failure ? failureMessage(failure, timedOut ? timeoutMs : null, false) : null,
      },
      Date.now(),
    ).catch((error: unknown) =>
      logger.error({ err: error, generationId }, 'closing an AI generation failed'),
    );
  }
}

function failureMessage(failure: unknown, timedOutAfterMs: number | null, left: boolean): string {
  if (left) return 'The generation was stopped because the page was closed.';
  return describeProviderError(failure, timedOutAfterMs);
}

function withKept(message: string, tally: Tally): string {
  if (tally.created === 0) return `${message} No draft was stored.`;
  const drafts = `${tally.created} draft${tally.created === 1 ? ' was' : 's were'}`;
  return `${message} The ${drafts} stored before it stopped and ${tally.created === 1 ? 'is' : 'are'} kept for review.`;
}

async function handleItem(
  raw: unknown,
  position: number,
  prepared: PreparedGeneration,
  ctx: RequestContext,
  options: GenerationOptions,
  tally: Tally,
): Promise<GenerationEvent> {
  const { request, exam } = prepared;
  const check = checkGeneratedItem(raw, request, position);
  if (!check.ok) {
    tally.dropped += 1;
    return { type: 'dropped', position, excerpt: check.excerpt, reasons: check.reasons };
  }
  const duplicate = await findNearDuplicate(exam.id, check.question);
  const questionId = await storeGeneratedDraft(exam, request.objectiveId, check.question, {
    generationId: prepared.generationId,
    moderatorId: prepared.user.id,
    model: options.model.modelId,
    promptVersion: PROMPT_VERSION,
    parameters: generationParameters(request),
    duplicate,
    ip: ctx.ip,
    now: Date.now(),
  });
  tally.created += 1;
  return { type: 'draft', position, questionId, excerpt: check.excerpt, duplicate };
}
