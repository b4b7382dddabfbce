import 'server-only';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import {
  exams,
  objectives,
  questionDrafts,
  questions,
  questionVersionMeta,
  questionVersions,
  users,
  type VersionSource,
} from '@/database/schema';
import { questionKindOf } from '@/lib/exam/answers';
import {
  questionContentSchema,
  saveQuestionSchema,
  studioFieldErrors,
  type QuestionContentInput,
  type StudioQuestionStatus,
} from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { auditStatement } from '../auth/audit';
import { invalidateQuestionPool } from '../attempts/pool';
import { appDatabase, isUniqueViolation, writeBatch, type Statement } from '../db';
import { parseJson } from '../row-values';
import type { RequestContext } from '../request-context';
import { notFound, StudioError } from './errors';
import { diffVersions, type VersionContent } from '@/lib/studio/version-diff';

export interface EditorQuestion {
  id: number;
  examId: number;
  examTitle: string;
  status: StudioQuestionStatus;
  currentVersion: number;
  versionId: number;
  content: QuestionContentInput;
  /** Every option id any version used: new options get a fresh one, so statistics never mix options. */
  usedOptionIds: string[];
}

export interface EditorExam {
  id: number;
  title: string;
  objectives: { id: number; code: string; title: string }[];
}

export async function getEditorExam(actor: SessionUser | null, examId: number): Promise<EditorExam> {
  assertRole(actor, 'moderator');
  const { db } = appDatabase();
  const [exam] = await db
    .select({ id: exams.id, title: exams.title })
    .from(exams)
    .where(eq(exams.id, examId));
  if (!exam) throw notFound('exam');
  const objectiveRows = await db
    .select({ id: objectives.id, code: objectives.code, title: objectives.title })
    .from(objectives)
    .where(eq(objectives.examId, examId))
    .orderBy(asc(objectives.position), asc(objectives.code));
  return { ...exam, objectives: objectiveRows };
}

export async function getEditorQuestion(
  actor: SessionUser | null,
  questionId: number,
): Promise<EditorQuestion> {
  assertRole(actor, 'moderator');
  const [row] = await appDatabase()
    .db.select({
      id: questions.id,
      examId: questions.examId,
      examTitle: exams.title,
      objectiveId: questions.objectiveId,
      type: questions.type,
      difficulty: questions.difficulty,
      isActive: questions.isActive,
      currentVersion: questions.currentVersion,
      draftSince: questionDrafts.createdAt,
      versionId: questionVersions.id,
      stem: questionVersions.stem,
      options: questionVersions.options,
      explanation: questionVersions.explanation,
      references: questionVersions.refs,
      // Every option id of every version: JSON functions have no builder.
      usedIds: sql<string>`(SELECT json_group_array(DISTINCT j.value ->> '$.id') FROM ${questionVersions} hv, json_each(hv.options) j WHERE hv.question_id = ${questions.id})`,
    })
    .from(questions)
    .innerJoin(exams, eq(exams.id, questions.examId))
    .innerJoin(
      questionVersions,
      and(
        eq(questionVersions.questionId, questions.id),
        eq(questionVersions.version, questions.currentVersion),
      ),
    )
    .leftJoin(questionDrafts, eq(questionDrafts.questionId, questions.id))
    .where(eq(questions.id, questionId));
  if (!row) throw notFound('question');
  const { objectiveId, type, difficulty, stem, options, explanation, references } = row;
  return {
    id: row.id,
    examId: row.examId,
    examTitle: row.examTitle,
    status: row.isActive ? 'active' : row.draftSince !== null ? 'draft' : 'retired',
    currentVersion: row.currentVersion,
    versionId: row.versionId,
    usedOptionIds: parseJson<string[]>(row.usedIds, []),
    content: { objectiveId, type, difficulty, stem, options, explanation, references },
  };
}

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
      authorId,
      createdAt: new Date(now),
    });
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
  const { questionId, examId, baseVersion, asDraft, content } = parsed.data;
  await checkObjective(examId, content.objectiveId);
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
    .db.select({
      stem: questionVersions.stem,
      options: questionVersions.options,
      explanation: questionVersions.explanation,
      references: questionVersions.refs,
      type: questionVersionMeta.type,
    })
    .from(questionVersions)
    .leftJoin(questionVersionMeta, eq(questionVersionMeta.questionVersionId, questionVersions.id))
    .where(and(eq(questionVersions.questionId, questionId), eq(questionVersions.version, version)));
  if (!row) throw notFound('version');
  const { type, ...content } = row;
  // A version from before version meta was recorded: today's type, unless its key says multiple.
  const parsed = questionContentSchema.safeParse({
    ...question.content,
    ...content,
    type: type ?? questionKindOf(question.content.type, content.options),
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
}

export interface VersionEntry {
  id: number;
  version: number;
  authorName: string | null;
  createdAt: number;
  source: string | null;
  restoredFrom: number | null;
  content: VersionContent;
  changes: ReturnType<typeof diffVersions>;
}

/** Every version, newest first, each with its diff against the one before it. */
export async function listVersions(actor: SessionUser | null, questionId: number): Promise<VersionEntry[]> {
  assertRole(actor, 'moderator');
  const v = questionVersions;
  const m = questionVersionMeta;
  const rows = await appDatabase()
    .db.select({
      id: v.id,
      version: v.version,
      createdAt: v.createdAt,
      authorName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
      source: m.source,
      restoredFrom: m.restoredFrom,
      content: {
        stem: v.stem,
        options: v.options,
        explanation: v.explanation,
        references: v.refs,
        type: m.type,
        objectiveCode: objectives.code,
        difficulty: m.difficulty,
      },
    })
    .from(v)
    .leftJoin(users, eq(users.id, v.authorId))
    .leftJoin(m, eq(m.questionVersionId, v.id))
    .leftJoin(objectives, eq(objectives.id, m.objectiveId))
    .where(eq(v.questionId, questionId))
    .orderBy(asc(v.version));
  if (rows.length === 0) throw notFound('question');
  let previous: VersionContent | null = null;
  const entries: VersionEntry[] = [];
  for (const { content, createdAt, ...row } of rows) {
    entries.push({
      ...row,
      createdAt: createdAt.getTime(),
      content,
      changes: diffVersions(previous, content),
    });
    previous = content;
  }
  return entries.reverse();
}
