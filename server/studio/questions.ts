import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import {
  objectives,
  questionDrafts,
  questions,
  questionVersionMeta,
  questionVersions,
  type VersionSource,
} from '@/database/schema';
import { questionKindOf } from '@/lib/exam/answers';
import type { QuestionSettings } from '@/lib/exam/kinds';
import {
  questionContentSchema,
  saveQuestionSchema,
  studioFieldErrors,
  type QuestionContentInput,
} from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { auditStatement } from '../auth/audit';
import { invalidateQuestionPool } from '../attempts/pool';
import { invalidatePublicExam } from '../catalog/public-cache';
import { appDatabase, isUniqueViolation, writeBatch, type Statement } from '../db';
import type { RequestContext } from '../request-context';
import { notFound, StudioError } from './errors';
import { checkExhibitImages } from './exhibit-images';
import { getEditorQuestion, versionBody, type EditorQuestion } from './question-reads';
import { diffVersions } from '@/lib/studio/version-diff';

async function checkObjective(examId: number, objectiveId: number): Promise<void> {
  const [found] = await appDatabase()
    .db.select({ id: objectives.id })
    .from(objectives)
    .where(and(eq(objectives.id, objectiveId), eq(objectives.examId, examId)));
  if (!found)
    throw new StudioError('Check the highlighted fields.', {
      objectiveId: 'Choose one of this exam’s objectives.',
    });
}

/** The row inserted just before, in the same batch (a new question has no id before its batch runs). */
const LAST_INSERTED = sql`last_insert_rowid()`;

function versionInsert(
  questionId: number | SQL,
  version: number,
  content: QuestionContentInput,
  authorId: string,
  now: number,
) {
  return appDatabase()
    .db.insert(questionVersions)
    .values({
      questionId,
      version,
      stem: content.stem,
      options: content.options,
      explanation: content.explanation,
      refs: content.references,
      settings: versionSettingsOf(content),
      exhibits: content.exhibits,
      authorId,
      createdAt: new Date(now),
    });
}

/** question_versions.settings of the editor's content: {} for a choice question. */
export function versionSettingsOf(content: QuestionContentInput): QuestionSettings {
  if (content.kind === 'choice') return {};
  return content.kind === 'matching'
    ? { kind: 'matching', partialCredit: content.partialCredit, responsesReusable: content.responsesReusable }
    : { kind: 'ordering', partialCredit: content.partialCredit };
}

/** Inserted right after its version: last_insert_rowid() names that version. */
function metaInsert(
  content: QuestionContentInput,
  source: VersionSource,
  restoredFrom: number | null = null,
) {
  return appDatabase().db.insert(questionVersionMeta).values({
    questionVersionId: LAST_INSERTED,
    type: content.type,
    objectiveId: content.objectiveId,
    difficulty: content.difficulty,
    source,
    restoredFrom,
  });
}

const CONFLICT =
  'Someone saved a newer version of this question while you were editing. Copy your changes, reload the editor and apply them again.';

/**
 * Writes a new version on top of `baseVersion` in ONE batch: the version row, its meta, the bump
 * of questions.current_version (the FTS trigger follows it) and the audit row. Two editors saving
 * on the same base collide on the unique (question_id, version) and the second gets a clear error.
 */
async function writeVersion(
  user: SessionUser,
  question: EditorQuestion,
  baseVersion: number,
  content: QuestionContentInput,
  ctx: RequestContext,
  source: 'edit' | 'restore',
  restoredFrom: number | null,
): Promise<number> {
  const next = baseVersion + 1;
  const changes = diffVersions({ ...question.content }, { ...content });
  const statements: Statement[] = [
    versionInsert(question.id, next, content, user.id, ctx.now),
    metaInsert(content, source, restoredFrom),
    appDatabase()
      .db.update(questions)
      .set({
        currentVersion: next,
        objectiveId: content.objectiveId,
        type: content.type,
        difficulty: content.difficulty,
        updatedAt: new Date(ctx.now),
      })
      .where(and(eq(questions.id, question.id), eq(questions.currentVersion, baseVersion))),
    auditStatement({
      actorId: user.id,
      action: source === 'restore' ? 'studio.question_restored' : 'studio.question_edited',
      targetType: 'question',
      targetId: String(question.id),
      ip: ctx.ip,
      details: {
        version: next,
        from: baseVersion,
        ...(restoredFrom ? { restoredFrom } : {}),
        changed: [...new Set(changes.map((c) => ('field' in c ? c.field : c.kind)))],
      },
      now: ctx.now,
    }),
  ];
  try {
    await writeBatch(statements);
  } catch (error) {
    if (isUniqueViolation(error)) throw new StudioError(CONFLICT, undefined, 'conflict');
    throw error;
  }
  invalidateQuestionPool(question.examId);
  invalidatePublicExam(question.examId);
  return next;
}

export interface SavedQuestion {
  id: number;
  version: number;
  unchanged?: boolean;
}

/** Creates a question (version 1) or saves an edit as a new version. */
export async function saveQuestion(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<SavedQuestion> {
  const user = assertRole(actor, 'moderator');
  const parsed = saveQuestionSchema.safeParse(input);
  if (!parsed.success)
    throw new StudioError('Check the highlighted fields.', studioFieldErrors(parsed.error, ['content']));
  const { questionId, examId, baseVersion, asDraft } = parsed.data;
  const [content] = await Promise.all([
    checkExhibitImages(parsed.data.content),
    checkObjective(examId, parsed.data.content.objectiveId),
  ]);
  if (questionId === undefined) return createQuestion(user, examId, content, asDraft, ctx);
  const question = await getEditorQuestion(user, questionId);
  if (question.examId !== examId) throw new StudioError('This question belongs to another exam.');
  if (baseVersion !== undefined && baseVersion !== question.currentVersion)
    throw new StudioError(CONFLICT, undefined, 'conflict');
  if (JSON.stringify(question.content) === JSON.stringify(content))
    return { id: question.id, version: question.currentVersion, unchanged: true };
  const version = await writeVersion(user, question, question.currentVersion, content, ctx, 'edit', null);
  return { id: question.id, version };
}

async function createQuestion(
  user: SessionUser,
  examId: number,
  content: QuestionContentInput,
  asDraft: boolean,
  ctx: RequestContext,
): Promise<SavedQuestion> {
  const { db } = appDatabase();
  const at = new Date(ctx.now);
  const [[created]] = await writeBatch([
    db
      .insert(questions)
      .values({
        examId,
        objectiveId: content.objectiveId,
        type: content.type,
        difficulty: content.difficulty,
        isActive: !asDraft,
        currentVersion: 1,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: questions.id }),
    // question_drafts.question_id is its rowid: last_insert_rowid() keeps naming the question.
    ...(asDraft ? [db.insert(questionDrafts).values({ questionId: LAST_INSERTED, createdAt: at })] : []),
    versionInsert(LAST_INSERTED, 1, content, user.id, ctx.now),
    metaInsert(content, 'create'),
    auditStatement({
      actorId: user.id,
      action: 'studio.question_created',
      targetType: 'question',
      // The new question has the largest id inside this transaction (INTEGER PRIMARY KEY = max + 1).
      targetId: sql`(SELECT CAST(max(${questions.id}) AS TEXT) FROM ${questions})`,
      ip: ctx.ip,
      details: { examId, objectiveId: content.objectiveId, type: content.type, draft: asDraft },
      now: ctx.now,
    }),
  ]);
  invalidateQuestionPool(examId);
  invalidatePublicExam(examId);
  return { id: (created as { id: number }).id, version: 1 };
}

/** Restoring an old version writes a new version with its content (history is never rewritten). */
export async function restoreVersion(
  actor: SessionUser | null,
  questionId: number,
  version: number,
  ctx: RequestContext,
): Promise<SavedQuestion> {
  const user = assertRole(actor, 'moderator');
  const question = await getEditorQuestion(user, questionId);
  const [row] = await appDatabase()
    .db.select(versionBody())
    .from(questionVersions)
    .leftJoin(questionVersionMeta, eq(questionVersionMeta.questionVersionId, questionVersions.id))
    .where(and(eq(questionVersions.questionId, questionId), eq(questionVersions.version, version)));
  if (!row) throw notFound('version');
  const { type, settings, exhibits, ...content } = row;
  // A version from before version meta was recorded: today's type, unless its key says multiple.
  const parsed = questionContentSchema.safeParse({
    ...question.content,
    ...content,
    type: type ?? questionKindOf(question.content.type, content.options),
    kind: settings.kind ?? 'choice',
    partialCredit: settings.partialCredit === true,
    responsesReusable: settings.responsesReusable === true,
    exhibits,
  });
  if (!parsed.success)
    throw new StudioError(
      `Version ${version} does not meet today’s rules (${parsed.error.issues[0]?.message ?? 'invalid'}); edit the question instead.`,
    );
  const next = await writeVersion(
    user,
    question,
    question.currentVersion,
    parsed.data,
    ctx,
    'restore',
    version,
  );
  return { id: questionId, version: next };
}

/** Retire (never drawn again; old attempts still show it) or (re)activate, also a draft. */
export async function setQuestionStatus(
  actor: SessionUser | null,
  questionId: number,
  status: 'active' | 'retired',
  ctx: RequestContext,
): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const question = await getEditorQuestion(user, questionId);
  if (question.status === status) return;
  const { db } = appDatabase();
  await writeBatch([
    db
      .update(questions)
      .set({ isActive: status === 'active', updatedAt: new Date(ctx.now) })
      .where(eq(questions.id, questionId)),
    db.delete(questionDrafts).where(eq(questionDrafts.questionId, questionId)),
    auditStatement({
      actorId: user.id,
      action: status === 'active' ? 'studio.question_reactivated' : 'studio.question_retired',
      targetType: 'question',
      targetId: String(questionId),
      ip: ctx.ip,
      details: { from: question.status, to: status },
      now: ctx.now,
    }),
  ]);
  invalidateQuestionPool(question.examId);
  invalidatePublicExam(question.examId);
}
