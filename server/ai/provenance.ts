import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { aiGenerations, questionAiProvenance, questionVersions, users } from '@/database/schema';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '../db';

export interface QuestionProvenance {
  generationId: number;
  model: string;
  promptVersion: string;
  parameters: Record<string, unknown>;
  generatedAt: number;
  /** The moderator who ran the generation ("Name <email>"), or null once the account is gone. */
  moderator: string | null;
  /** The version the generation wrote (version 1). */
  firstVersion: number;
  similarQuestionId: number | null;
  similarity: number | null;
}

/** Where an AI-drafted question came from, for its editor; null for a question a person wrote. */
export async function readQuestionProvenance(
  actor: SessionUser | null,
  questionId: number,
): Promise<QuestionProvenance | null> {
  assertRole(actor, 'moderator');
  const p = questionAiProvenance;
  const g = aiGenerations;
  const [row] = await appDatabase()
    .db.select({
      generationId: g.id,
      model: g.model,
      promptVersion: g.promptVersion,
      parameters: g.parameters,
      generatedAt: g.startedAt,
      moderator: sql<string | null>`coalesce(${users.name} || ' <' || ${users.email} || '>', ${users.email})`,
      firstVersion: questionVersions.version,
      similarQuestionId: p.similarQuestionId,
      similarity: p.similarity,
    })
    .from(p)
    .innerJoin(g, eq(g.id, p.generationId))
    .innerJoin(questionVersions, eq(questionVersions.id, p.questionVersionId))
    .leftJoin(users, eq(users.id, g.moderatorId))
    .where(eq(p.questionId, questionId));
  if (!row) return null;
  return { ...row, generatedAt: row.generatedAt.getTime() };
}
