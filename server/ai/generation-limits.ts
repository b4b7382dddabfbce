import 'server-only';
import { and, eq } from 'drizzle-orm';
import { aiGenerations } from '@/database/schema';
import { AppError } from '@/lib/app-error';
import { budgetMonth } from '@/lib/ai/token-budget';
import { AI_GENERATION_POLICY } from '@/lib/security/rate-limit-policy';
import { appDatabase } from '../db';
import { num } from '../row-values';
import { takeLimit, type LimitSlot } from '../rate-limit';

/**
 * The two limits of AI generation, both in the database so they hold across instances:
 * per moderator, AI_GENERATION_POLICY generations an hour (a `throttle_events` slot, like the
 * import limit); for everyone together, AI_MONTHLY_TOKEN_BUDGET tokens per calendar month (UTC),
 * summed over `ai_generations`. A run's worst case is reserved by the same INSERT that checks the
 * budget, so parallel runs cannot overspend it; the real count replaces it when the run ends.
 */

const TOKENS_SPENT =
  "coalesce(sum(CASE WHEN status = 'running' THEN reserved_tokens ELSE input_tokens + output_tokens END), 0)";

export interface BudgetStatus {
  used: number;
  budget: number;
  /** When the month's count starts again (epoch ms). */
  renewsAt: number;
}

export async function readBudget(now: number, budget: number): Promise<BudgetStatus> {
  const { start, end } = budgetMonth(now);
  const { client } = appDatabase();
  const { rows } = await client.execute({
    sql: `SELECT ${TOKENS_SPENT} AS used FROM ai_generations WHERE started_at >= ?`,
    args: [start],
  });
  return { used: num(rows[0]?.used ?? 0), budget, renewsAt: end };
}

export interface GenerationRun {
  moderatorId: string;
  examId: number;
  objectiveId: number;
  model: string;
  promptVersion: string;
  parameters: Record<string, unknown>;
  reservedTokens: number;
}

const dateLabel = (ms: number) =>
  new Date(ms).toLocaleDateString('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Takes the hourly slot, then opens the run within the budget; throws a clear rate_limited error. */
export async function openGeneration(
  run: GenerationRun,
  now: number,
  budget: number,
): Promise<{ id: number; slot: LimitSlot }> {
  const slot = await takeLimit(
    { bucket: 'ai_generation', key: run.moderatorId, policy: AI_GENERATION_POLICY },
    now,
    `You have started ${AI_GENERATION_POLICY.maxFailures} generations in the last hour, the most allowed.`,
  );
  const { start, end } = budgetMonth(now);
  const { client, write } = appDatabase();
  // INSERT … SELECT … WHERE: the check and the reservation are one atomic statement.
  const inserted = await write(() =>
    client.execute({
      sql: `INSERT INTO ai_generations (moderator_id, exam_id, objective_id, model, prompt_version, parameters, status, reserved_tokens, started_at)
            SELECT ?, ?, ?, ?, ?, ?, 'running', ?, ?
            WHERE (SELECT ${TOKENS_SPENT} FROM ai_generations WHERE started_at >= ?) + ? <= ?
            RETURNING id`,
      args: [
        run.moderatorId,
        run.examId,
        run.objectiveId,
        run.model,
        run.promptVersion,
        JSON.stringify(run.parameters),
        run.reservedTokens,
        now,
        start,
        run.reservedTokens,
        budget,
      ],
    }),
  ).catch(async (error: unknown) => {
    await slot.release().catch(() => undefined);
    throw error;
  });
  const row = inserted.rows[0];
  if (!row) {
    await slot.release().catch(() => undefined);
    const { used } = await readBudget(now, budget);
    throw new AppError(
      'rate_limited',
      `This month's AI token budget is used up: ${used.toLocaleString('en')} of ${budget.toLocaleString('en')} tokens spent or held by running generations, and this one may need up to ${run.reservedTokens.toLocaleString('en')}. It renews on ${dateLabel(end)}; ask an administrator to raise AI_MONTHLY_TOKEN_BUDGET, or ask for fewer questions.`,
      { retryAfterSeconds: Math.max(1, Math.ceil((end - now) / 1000)) },
    );
  }
  return { id: num(row.id), slot };
}

export interface GenerationOutcome {
  status: 'done' | 'failed';
  inputTokens: number;
  outputTokens: number;
  created: number;
  dropped: number;
  error: string | null;
}

/** Settles the run: the real token count replaces the reservation (the reservation when unknown). */
export async function closeGeneration(id: number, outcome: GenerationOutcome, now: number): Promise<void> {
  const { db, write } = appDatabase();
  await write(() =>
    db
      .update(aiGenerations)
      .set({
        status: outcome.status,
        inputTokens: outcome.inputTokens,
        outputTokens: outcome.outputTokens,
        createdCount: outcome.created,
        droppedCount: outcome.dropped,
        error: outcome.error,
        finishedAt: new Date(now),
      })
      .where(and(eq(aiGenerations.id, id), eq(aiGenerations.status, 'running'))),
  );
}
