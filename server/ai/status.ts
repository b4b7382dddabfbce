import 'server-only';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { serverEnv } from '../env';
import { readBudget, type BudgetStatus } from './generation-limits';
import { configuredModel } from './provider';

export type GenerationStatus =
  { configured: false } | { configured: true; model: string; budget: BudgetStatus };

/** What the studio's Generate page shows before anything is sent: configured or not, the month's tokens. */
export async function readGenerationStatus(
  actor: SessionUser | null,
  now = Date.now(),
): Promise<GenerationStatus> {
  assertRole(actor, 'moderator');
  const model = configuredModel();
  if (!model) return { configured: false };
  return {
    configured: true,
    model: model.modelId,
    budget: await readBudget(now, serverEnv.AI_MONTHLY_TOKEN_BUDGET),
  };
}
