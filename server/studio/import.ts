import 'server-only';
import { IMPORT_POLICY } from '@/lib/security/rate-limit-policy';
import {
  importAuditDetails,
  importStatements,
  loadImportExam,
  planImport,
  type ImportPlan,
} from '@/database/questions/import-plan';
import { describeDelimiter } from '@/lib/studio/formats/csv-columns';
import type { QuestionFileFormat } from '@/lib/studio/question-model';
import { studioFieldErrors } from '@/lib/validation/studio';
import { importFormSchema } from '@/lib/validation/studio-import';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { auditStatement } from '../auth/audit';
import { invalidateQuestionPool } from '../attempts/pool';
import { invalidatePublicExam } from '../catalog/public-cache';
import { appDatabase, rawStatement } from '../db';
import { spendSlot, takeLimit, type LimitSlot } from '../rate-limit';
import type { RequestContext } from '../request-context';
import { notFound, StudioError } from './errors';

export interface ImportPreview {
  format: QuestionFileFormat;
  examId: number;
  examTitle: string;
  /** How the file was read ("UTF-8", "Windows-1252", "pasted text"); null when it could not be. */
  encoding: string | null;
  /** CSV: the delimiter, as people name it ("semicolon (;)"). */
  delimiter: string | null;
  /** Categories of the file that chose an objective. */
  categories: ImportPlan['categories'];
  counts: { created: number; skipped: number; warned: number };
  /** The questions go (or went) in as drafts. */
  asDraft: boolean;
  questions: {
    line: number;
    title: string | null;
    excerpt: string;
    type: string;
    objectiveCode: string;
    difficulty: number;
    optionCount: number;
    correctCount: number;
  }[];
  problems: ImportPlan['problems'];
  blocked: boolean;
}

interface PlannedImport {
  user: SessionUser;
  plan: ImportPlan;
  format: QuestionFileFormat;
  asDraft: boolean;
  /** This request's slot of the moderator's import limit (taken before parsing). */
  slot: LimitSlot;
}

async function plan(actor: SessionUser | null, input: unknown, now: number): Promise<PlannedImport> {
  const user = assertRole(actor, 'moderator');
  const parsed = importFormSchema.safeParse(input);
  if (!parsed.success)
    throw new StudioError('Check the highlighted fields.', studioFieldErrors(parsed.error));
  // Checked before parsing: parsing a large file is the expensive part.
  const slot = await takeLimit(
    { bucket: 'question_import', key: user.id, policy: IMPORT_POLICY },
    now,
    'You have sent many imports in the last hour.',
  );
  return spendSlot(slot, async () => {
    const exam = await loadImportExam(appDatabase().client, { id: parsed.data.examId });
    if (!exam) throw notFound('exam');
    return {
      user,
      plan: planImport(
        exam,
        parsed.data.format,
        parsed.data.file ? { bytes: parsed.data.file } : { text: parsed.data.source },
        parsed.data.objectiveId,
      ),
      format: parsed.data.format,
      asDraft: parsed.data.asDraft,
      slot,
    };
  });
}

function preview(format: QuestionFileFormat, p: ImportPlan, asDraft: boolean): ImportPreview {
  const count = (severity: string) => p.problems.filter((problem) => problem.severity === severity).length;
  return {
    format,
    examId: p.exam.id,
    examTitle: p.exam.title,
    encoding: p.file?.encoding ?? null,
    delimiter: p.file?.delimiter ? describeDelimiter(p.file.delimiter) : null,
    categories: p.categories,
    counts: { created: p.questions.length, skipped: count('unsupported'), warned: count('warning') },
    asDraft,
    questions: p.questions.map((q) => ({
      line: q.line,
      title: q.title ?? null,
      excerpt: q.excerpt,
      type: q.type,
      objectiveCode: q.objectiveCode,
      difficulty: q.difficulty,
      optionCount: q.optionCount,
      correctCount: q.correctCount,
    })),
    problems: p.problems,
    blocked: p.blocked,
  };
}

/** Parses and checks the file; writes nothing but the count against the import limit. */
export async function dryRunImport(
  actor: SessionUser | null,
  input: unknown,
  now = Date.now(),
): Promise<ImportPreview> {
  const { plan: p, format, asDraft } = await plan(actor, input, now);
  return preview(format, p, asDraft);
}

/**
 * Imports all-or-nothing: the file is parsed again here (never trust an earlier preview), any
 * problem refuses the whole import, and every question with its audit row goes in ONE batch.
 */
export async function commitImport(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<ImportPreview & { created: number }> {
  const { user, plan: p, format, asDraft, slot } = await plan(actor, input, ctx.now);
  if (p.blocked) return { ...preview(format, p, asDraft), created: 0 };
  if (p.questions.length === 0)
    throw new StudioError('Nothing to import: the file holds no question the product supports.');
  // The planned inserts are raw statements (shared with the CLI), so the audit row joins them as one.
  const statements = importStatements(p, { authorId: user.id, now: ctx.now, asDraft });
  statements.push(
    rawStatement(
      auditStatement({
        actorId: user.id,
        action: 'studio.questions_imported',
        targetType: 'exam',
        targetId: String(p.exam.id),
        ip: ctx.ip,
        details: { ...importAuditDetails(p, format, 'studio'), draft: asDraft },
        now: ctx.now,
      }),
    ),
  );
  const { client, write } = appDatabase();
  await spendSlot(slot, () => write(() => client.batch(statements, 'write')));
  invalidateQuestionPool(p.exam.id);
  invalidatePublicExam(p.exam.id);
  return { ...preview(format, p, asDraft), created: p.questions.length };
}
