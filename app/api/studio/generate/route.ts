import { AppError } from '@/lib/app-error';
import { generationRequestSchema } from '@/lib/validation/ai-generation';
import { prepareGeneration } from '@/server/ai/generate-drafts';
import { ndjsonResponse } from '@/server/ai/ndjson';
import { configuredModel } from '@/server/ai/provider';
import { jsonRoute } from '@/server/entry/routes';
import { serverEnv } from '@/server/env';

/**
 * POST /api/studio/generate — AI-drafted questions for one objective (moderators). Refusals come
 * first with their status: 400 bad body · 401 · 403 · 404 exam · 429 hourly limit or monthly
 * token budget · 503 not configured. Then 200 and an NDJSON stream of events
 * (lib/ai/generation-events.ts): each valid item is stored as a draft as it arrives.
 */
export const POST = jsonRoute(
  { name: 'studio.generateQuestions', access: 'moderator', body: generationRequestSchema },
  async ({ user, body, request, ctx }) => {
    const model = configuredModel();
    if (!model)
      throw new AppError('unavailable', 'AI generation is not configured: set AI_BASE_URL and AI_MODEL.');
    const run = await prepareGeneration(user, body, ctx, {
      model,
      budget: serverEnv.AI_MONTHLY_TOKEN_BUDGET,
      signal: request.signal,
    });
    return ndjsonResponse(run.events());
  },
);
