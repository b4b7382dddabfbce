import 'server-only';
import { sql } from 'drizzle-orm';
import { importStatements, planParsedImport, type ImportExam } from '@/database/questions/import-plan';
import type { ImportedQuestion } from '@/lib/studio/question-model';
import { auditStatement } from '../auth/audit';
import { invalidateQuestionPool } from '../attempts/pool';
import { appDatabase, rawStatement } from '../db';
import { num } from '../row-values';
import type { NearDuplicate } from './duplicates';

export interface DraftProvenance {
  generationId: number;
  moderatorId: string;
  model: string;
  promptVersion: string;
  parameters: Record<string, unknown>;
  duplicate: NearDuplicate | null;
  ip: string | null;
  now: number;
}

/**
 * Stores one generated question as a DRAFT through the import's own statements (question row,
 * draft marker, version 1 and its meta: `importStatements`), plus its provenance row and its
 * audit row: ONE batch, so a question is either wholly there with its provenance or not at all.
 * Returns the new question's id.
 */
export async function storeGeneratedDraft(
  exam: ImportExam,
  objectiveId: number,
  question: ImportedQuestion,
  provenance: DraftProvenance,
): Promise<number> {
  const plan = planParsedImport(exam, { questions: [question], problems: [] }, objectiveId);
  if (plan.blocked || plan.questions.length !== 1)
    throw new Error(plan.problems[0]?.message ?? 'The generated question could not be planned.');
  const statements = importStatements(plan, {
    authorId: provenance.moderatorId,
    now: provenance.now,
    asDraft: true,
  });
  // After the version's meta row, last_insert_rowid() is the version id (its INTEGER PRIMARY KEY).
  statements.push({
    sql: `INSERT INTO question_ai_provenance (question_id, question_version_id, generation_id, similar_question_id, similarity)
          VALUES ((SELECT question_id FROM question_versions WHERE id = last_insert_rowid()), last_insert_rowid(), ?, ?, ?)`,
    args: [
      provenance.generationId,
      provenance.duplicate?.questionId ?? null,
      provenance.duplicate?.similarity ?? null,
    ],
  });
  // …and after the provenance row, its rowid: the question id (a SELECT leaves it as it is).
  const idStatement = statements.push({ sql: 'SELECT last_insert_rowid() AS id', args: [] }) - 1;
  statements.push(
    rawStatement(
      auditStatement({
        actorId: provenance.moderatorId,
        action: 'studio.question_generated',
        targetType: 'question',
        targetId: sql`last_insert_rowid()`,
        ip: provenance.ip,
        details: {
          generation: provenance.generationId,
          model: provenance.model,
          promptVersion: provenance.promptVersion,
          parameters: provenance.parameters,
          ...(provenance.duplicate ? { similarTo: provenance.duplicate.questionId } : {}),
        },
        now: provenance.now,
      }),
    ),
  );
  const { client, write } = appDatabase();
  const results = await write(() => client.batch(statements, 'write'));
  invalidateQuestionPool(exam.id);
  return num(results[idStatement]!.rows[0]!.id);
}
