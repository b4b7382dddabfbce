import 'server-only';
import { eq } from 'drizzle-orm';
import { exams } from '@/database/schema';
import { loadImportExam, type ImportExam } from '@/database/questions/import-plan';
import { AppError } from '@/lib/app-error';
import type { GenerationEvent } from '@/lib/ai/generation-events';
import { buildGenerationPrompt, PROMPT_VERSION } from '@/lib/ai/prompts';
import { reservedTokens } from '@/lib/ai/token-budget';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import {
  generationParameters,
  generationRequestSchema,
  type GenerationRequest,
} from '@/lib/validation/ai-generation';
import { appDatabase } from '../db';
import type { RequestContext } from '../request-context';
import { openGeneration } from './generation-limits';
import type { ConfiguredModel } from './provider';
import { runGeneration } from './run-generation';

export interface GenerationOptions {
  model: ConfiguredModel;
  /** Tokens all generations may use per calendar month (AI_MONTHLY_TOKEN_BUDGET). */
  budget: number;
  /** The whole call's limit; the provider is stopped after it. */
  timeoutMs?: number;
  /** The request's signal: a moderator who leaves stops the call (drafts stored so far stay). */
  signal?: AbortSignal;
}

export interface PreparedGeneration {
  user: SessionUser;
  request: GenerationRequest;
  exam: ImportExam;
  prompt: string;
  generationId: number;
}

async function loadTarget(request: GenerationRequest) {
  const exam = await loadImportExam(appDatabase().client, { id: request.examId });
  const objective = exam?.objectives.find((o) => o.id === request.objectiveId);
  if (!exam) throw new AppError('not_found', 'That exam no longer exists.');
  if (!objective)
    throw new AppError('invalid_input', 'Choose an objective of this exam.', {
      fieldErrors: { objectiveId: 'Choose an objective of this exam.' },
    });
  const [facts] = await appDatabase()
    .db.select({ code: exams.code, vendor: exams.vendor })
    .from(exams)
    .where(eq(exams.id, exam.id));
  return { exam, objective, facts: facts ?? { code: exam.slug, vendor: '' } };
}

/**
 * Checks who asks and what, then opens the run within both limits. Everything that can refuse
 * (403, 400, 404, 429) happens here, before the route starts streaming, so it gets its status.
 */
export async function prepareGeneration(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
  options: GenerationOptions,
): Promise<{ events: () => AsyncGenerator<GenerationEvent> }> {
  const user = assertRole(actor, 'moderator');
  const parsed = generationRequestSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError('invalid_input', 'Check the highlighted fields.', {
      fieldErrors: fieldErrorsOf(parsed.error, { topLevel: true }),
    });
  const request = parsed.data;
  const { exam, objective, facts } = await loadTarget(request);
  const prompt = buildGenerationPrompt(
    { exam: { code: facts.code, vendor: facts.vendor, title: exam.title }, objective },
    request,
  );
  const { id } = await openGeneration(
    {
      moderatorId: user.id,
      examId: exam.id,
      objectiveId: objective.id,
      model: options.model.modelId,
      promptVersion: PROMPT_VERSION,
      // The run keeps the guidance as sent (for review of what the model was told).
      parameters: { ...generationParameters(request), guidance: request.guidance },
      reservedTokens: reservedTokens(request),
    },
    ctx.now,
    options.budget,
  );
  const prepared = { user, request, exam, prompt, generationId: id };
  return { events: () => runGeneration(prepared, ctx, options) };
}
