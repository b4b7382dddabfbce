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

/** One run's mutable state: its stop switch (time-out, the moderator leaving), failure and counts. */
interface RunState {
  stop: AbortController;
  timedOutAfterMs: number | null;
  /** The moderator left (the request was aborted). */
  left: boolean;
  failure: unknown;
  tally: Tally;
  usage: { inputTokens: number; outputTokens: number } | null;
  dispose(): void;
}

function openRunState(options: GenerationOptions): RunState {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const stop = new AbortController();
  const onLeave = () => {
    state.left = true;
    stop.abort();
  };
  const state: RunState = {
    stop,
    timedOutAfterMs: null,
    left: false,
    failure: null,
    tally: { created: 0, dropped: 0, ignored: 0 },
    usage: null,
    dispose: () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onLeave);
    },
  };
  const timer = setTimeout(() => {
    state.timedOutAfterMs = timeoutMs;
    stop.abort();
  }, timeoutMs);
  options.signal?.addEventListener('abort', onLeave);
  return state;
}

async function usageOf(result: { totalUsage: PromiseLike<{ inputTokens?: number; outputTokens?: number }> }) {
  const timer = new Promise<null>((resolve) => setTimeout(() => resolve(null), USAGE_WAIT_MS).unref());
  const usage = await Promise.race([Promise.resolve(result.totalUsage).catch(() => null), timer]);
  return usage && typeof usage.inputTokens === 'number'
    ? { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens ?? 0 }
    : null;
}

function startModelStream(prepared: PreparedGeneration, options: GenerationOptions, state: RunState) {
  return streamText({
    model: options.model.model,
    instructions: GENERATION_INSTRUCTIONS,
    prompt: prepared.prompt,
    output: Output.array({ element: elementSchema, name: 'questions' }),
    maxOutputTokens: maxOutputTokens(prepared.request.count),
    maxRetries: 1,
    abortSignal: state.stop.signal,
    onError: ({ error }) => {
      state.failure ??= error;
      state.stop.abort();
    },
  });
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
  const state = openRunState(options);
  try {
    const { generationId, request } = prepared;
    yield { type: 'started', generationId, model: options.model.modelId, requested: request.count };
    const result = startModelStream(prepared, options, state);
    let position = 0;
    try {
      for await (const raw of result.elementStream) {
        if (state.failure || state.stop.signal.aborted) break;
        position += 1;
        if (position > request.count) state.tally.ignored += 1;
        else yield await handleItem(raw, position, prepared, ctx, options, state.tally);
      }
    } catch (error) {
      state.failure ??= error;
    }
    if (state.stop.signal.aborted) state.failure ??= new Error('stopped');
    state.usage = await usageOf(result);
    yield endEvent(state);
  } finally {
    state.dispose();
    await closeRun(prepared, state);
  }
}

function endEvent(state: RunState): GenerationEvent {
  const { tally, usage } = state;
  if (!state.failure)
    return { type: 'finished', ...tally, tokens: (usage?.inputTokens ?? 0) + (usage?.outputTokens ?? 0) };
  const message = failureMessage(state.failure, state.timedOutAfterMs, state.left);
  return {
    type: 'failed',
    message: withKept(message, tally),
    created: tally.created,
    dropped: tally.dropped,
  };
}

async function closeRun(prepared: PreparedGeneration, state: RunState): Promise<void> {
  // Unknown usage (a failed call) is charged at the reservation: the budget errs on the safe side.
  const charged = state.usage ?? { inputTokens: reservedTokens(prepared.request), outputTokens: 0 };
  const outcome = {
    status: state.failure ? ('failed' as const) : ('done' as const),
    ...charged,
    created: state.tally.created,
    dropped: state.tally.dropped,
    error: state.failure ? failureMessage(state.failure, state.timedOutAfterMs, state.left) : null,
  };
  await closeGeneration(prepared.generationId, outcome, Date.now()).catch((error: unknown) =>
    logger.error({ err: error, generationId: prepared.generationId }, 'closing an AI generation failed'),
  );
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
