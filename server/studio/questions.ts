import 'server-only';
import type { InStatement } from '@libsql/client';
import { questionContentSchema, saveQuestionSchema, studioFieldErrors, type QuestionContentInput, type StudioQuestionStatus } from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '../auth/guards';
import { auditStatement } from '../auth/audit';
import { invalidateQuestionPool } from '../attempts/pool';
import { appDatabase } from '../db';
import type { RequestContext } from '../request-context';
import { notFound, StudioError } from './errors';
import { num, parseJson, str } from './rows';
import { diffVersions, type VersionContent } from './version-diff';

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
  const { client } = appDatabase();
  const exam = (await client.execute({ sql: 'SELECT id, title FROM exams WHERE id = ?', args: [examId] })).rows[0];
  if (!exam) throw notFound('exam');
  const objectives = await client.execute({ sql: 'SELECT id, code, title FROM objectives WHERE exam_id = ? ORDER BY position, code', args: [examId] });
  return { id: num(exam.id), title: str(exam.title), objectives: objectives.rows.map((o) => ({ id: num(o.id), code: str(o.code), title: str(o.title) })) };
}

export async function getEditorQuestion(actor: SessionUser | null, questionId: number): Promise<EditorQuestion> {
  assertRole(actor, 'moderator');
  const { client } = appDatabase();
  const { rows } = await client.execute({
    sql: `SELECT q.id, q.exam_id, e.title AS exam_title, q.objective_id, q.type, q.difficulty, q.is_active, q.current_version,
            EXISTS (SELECT 1 FROM question_drafts d WHERE d.question_id = q.id) AS draft,
            v.id AS version_id, v.stem, v.options, v.explanation, v.refs,
            (SELECT json_group_array(DISTINCT j.value ->> '$.id') FROM question_versions hv, json_each(hv.options) j WHERE hv.question_id = q.id) AS used_ids
          FROM questions q JOIN exams e ON e.id = q.exam_id
          JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
          WHERE q.id = ?`,
    args: [questionId],
  });
  const row = rows[0];
  if (!row) throw notFound('question');
  return {
    id: num(row.id),
    examId: num(row.exam_id),
    examTitle: str(row.exam_title),
    status: num(row.is_active) === 1 ? 'active' : num(row.draft) === 1 ? 'draft' : 'retired',
    currentVersion: num(row.current_version),
    versionId: num(row.version_id),
    usedOptionIds: parseJson<string[]>(row.used_ids, []),
    content: {
      objectiveId: num(row.objective_id),
      type: row.type === 'multiple' ? 'multiple' : 'single',
      difficulty: num(row.difficulty),
      stem: str(row.stem),
      options: parseJson<{ id: string; text: string; correct: boolean }[]>(row.options, []),
      explanation: str(row.explanation),
      references: parseJson<{ title: string; url: string }[]>(row.refs, []),
    },
  };
}

async function checkObjective(examId: number, objectiveId: number): Promise<void> {
  const { rows } = await appDatabase().client.execute({ sql: 'SELECT 1 FROM objectives WHERE id = ? AND exam_id = ?', args: [objectiveId, examId] });
  if (rows.length === 0) throw new StudioError('Check the highlighted fields.', { objectiveId: 'Choose one of this exam’s objectives.' });
}

function versionInsert(questionIdSql: string, questionIdArgs: (number | string)[], version: number, content: QuestionContentInput, authorId: string, now: number): InStatement {
  return {
    sql: `INSERT INTO question_versions (question_id, version, stem, options, explanation, refs, author_id, created_at) VALUES (${questionIdSql}, ?, ?, ?, ?, ?, ?, ?)`,
    args: [...questionIdArgs, version, content.stem, JSON.stringify(content.options), content.explanation, JSON.stringify(content.references), authorId, now],
  };
}

function metaInsert(content: QuestionContentInput, source: 'create' | 'edit' | 'restore', restoredFrom: number | null = null): InStatement {
  return {
    sql: 'INSERT INTO question_version_meta (question_version_id, type, objective_id, difficulty, source, restored_from) VALUES (last_insert_rowid(), ?, ?, ?, ?, ?)',
    args: [content.type, content.objectiveId, content.difficulty, source, restoredFrom],
  };
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth += 1) {
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && /UNIQUE constraint failed/.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

const CONFLICT = 'Someone saved a newer version of this question while you were editing. Copy your changes, reload the editor and apply them again.';

/**
 * Writes a new version on top of `baseVersion` in ONE batch: the version row, its meta, the bump
 * of questions.current_version (the FTS trigger follows it) and the audit row. Two editors saving
 * on the same base collide on the unique (question_id, version) and the second gets a clear error.
 */
async function writeVersion(user: SessionUser, question: EditorQuestion, baseVersion: number, content: QuestionContentInput, ctx: RequestContext, source: 'edit' | 'restore', restoredFrom: number | null): Promise<number> {
  const next = baseVersion + 1;
  const changes = diffVersions({ ...question.content }, { ...content });
  const statements: InStatement[] = [
    versionInsert('?', [question.id], next, content, user.id, ctx.now),
    metaInsert(content, source, restoredFrom),
    {
      sql: 'UPDATE questions SET current_version = ?, objective_id = ?, type = ?, difficulty = ?, updated_at = ? WHERE id = ? AND current_version = ?',
      args: [next, content.objectiveId, content.type, content.difficulty, ctx.now, question.id, baseVersion],
    },
    auditStatement({
      actorId: user.id,
      action: source === 'restore' ? 'studio.question_restored' : 'studio.question_edited',
      targetType: 'question',
      targetId: String(question.id),
      ip: ctx.ip,
      details: { version: next, from: baseVersion, ...(restoredFrom ? { restoredFrom } : {}), changed: [...new Set(changes.map((c) => ('field' in c ? c.field : c.kind)))] },
      now: ctx.now,
    }),
  ];
  try {
    await appDatabase().write((_db, client) => client.batch(statements, 'write'));
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
export async function saveQuestion(actor: SessionUser | null, input: unknown, ctx: RequestContext): Promise<SavedQuestion> {
  const user = assertRole(actor, 'moderator');
  const parsed = saveQuestionSchema.safeParse(input);
  if (!parsed.success) throw new StudioError('Check the highlighted fields.', studioFieldErrors(parsed.error, ['content']));
  const { questionId, examId, baseVersion, asDraft, content } = parsed.data;
  await checkObjective(examId, content.objectiveId);
  if (questionId === undefined) return createQuestion(user, examId, content, asDraft, ctx);
  const question = await getEditorQuestion(user, questionId);
  if (question.examId !== examId) throw new StudioError('This question belongs to another exam.');
  if (baseVersion !== undefined && baseVersion !== question.currentVersion) throw new StudioError(CONFLICT, undefined, 'conflict');
  if (JSON.stringify(question.content) === JSON.stringify(content)) return { id: question.id, version: question.currentVersion, unchanged: true };
  const version = await writeVersion(user, question, question.currentVersion, content, ctx, 'edit', null);
  return { id: question.id, version };
}

async function createQuestion(user: SessionUser, examId: number, content: QuestionContentInput, asDraft: boolean, ctx: RequestContext): Promise<SavedQuestion> {
  const statements: InStatement[] = [
    {
      sql: 'INSERT INTO questions (exam_id, objective_id, type, difficulty, is_active, current_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)',
      args: [examId, content.objectiveId, content.type, content.difficulty, asDraft ? 0 : 1, ctx.now, ctx.now],
    },
    // question_drafts.question_id is its rowid: last_insert_rowid() keeps naming the question.
    ...(asDraft ? [{ sql: 'INSERT INTO question_drafts (question_id, created_at) VALUES (last_insert_rowid(), ?)', args: [ctx.now] }] : []),
    versionInsert('last_insert_rowid()', [], 1, content, user.id, ctx.now),
    metaInsert(content, 'create'),
    {
      // The new question has the largest id inside this transaction (INTEGER PRIMARY KEY = max + 1).
      sql: `INSERT INTO audit_log (actor_id, action, target_type, target_id, ip, details, created_at)
            SELECT ?, 'studio.question_created', 'question', CAST(max(id) AS TEXT), ?, ?, ? FROM questions`,
      args: [user.id, ctx.ip, JSON.stringify({ examId, objectiveId: content.objectiveId, type: content.type, draft: asDraft }), ctx.now],
    },
  ];
  const results = await appDatabase().write((_db, client) => client.batch(statements, 'write'));
  invalidateQuestionPool(examId);
  return { id: Number(results[0]!.lastInsertRowid), version: 1 };
}

/** Restoring an old version writes a new version with its content (history is never rewritten). */
export async function restoreVersion(actor: SessionUser | null, questionId: number, version: number, ctx: RequestContext): Promise<SavedQuestion> {
  const user = assertRole(actor, 'moderator');
  const question = await getEditorQuestion(user, questionId);
  const { rows } = await appDatabase().client.execute({
    sql: `SELECT v.stem, v.options, v.explanation, v.refs, m.type FROM question_versions v LEFT JOIN question_version_meta m ON m.question_version_id = v.id
          WHERE v.question_id = ? AND v.version = ?`,
    args: [questionId, version],
  });
  const row = rows[0];
  if (!row) throw notFound('version');
  const options = parseJson<{ id: string; text: string; correct: boolean }[]>(row.options, []);
  const correct = options.filter((o) => o.correct).length;
  const type = row.type === 'single' || row.type === 'multiple' ? row.type : correct > 1 ? 'multiple' : question.content.type;
  const parsed = questionContentSchema.safeParse({
    ...question.content,
    type,
    stem: str(row.stem),
    options,
    explanation: str(row.explanation),
    references: parseJson(row.refs, []),
  });
  if (!parsed.success) throw new StudioError(`Version ${version} does not meet today’s rules (${parsed.error.issues[0]?.message ?? 'invalid'}); edit the question instead.`);
  const next = await writeVersion(user, question, question.currentVersion, parsed.data, ctx, 'restore', version);
  return { id: questionId, version: next };
}

/** Retire (never drawn again; old attempts still show it) or (re)activate, also a draft. */
export async function setQuestionStatus(actor: SessionUser | null, questionId: number, status: 'active' | 'retired', ctx: RequestContext): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const question = await getEditorQuestion(user, questionId);
  if (question.status === status) return;
  const statements: InStatement[] = [
    { sql: 'UPDATE questions SET is_active = ?, updated_at = ? WHERE id = ?', args: [status === 'active' ? 1 : 0, ctx.now, questionId] },
    { sql: 'DELETE FROM question_drafts WHERE question_id = ?', args: [questionId] },
    auditStatement({
      actorId: user.id,
      action: status === 'active' ? 'studio.question_reactivated' : 'studio.question_retired',
      targetType: 'question',
      targetId: String(questionId),
      ip: ctx.ip,
      details: { from: question.status, to: status },
      now: ctx.now,
    }),
  ];
  await appDatabase().write((_db, client) => client.batch(statements, 'write'));
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
  const { rows } = await appDatabase().client.execute({
    sql: `SELECT v.id, v.version, v.stem, v.options, v.explanation, v.refs, v.created_at, coalesce(u.name, u.email) AS author,
            m.type, m.difficulty, m.source, m.restored_from, o.code AS objective_code
          FROM question_versions v
          LEFT JOIN users u ON u.id = v.author_id
          LEFT JOIN question_version_meta m ON m.question_version_id = v.id
          LEFT JOIN objectives o ON o.id = m.objective_id
          WHERE v.question_id = ? ORDER BY v.version`,
    args: [questionId],
  });
  if (rows.length === 0) throw notFound('question');
  let previous: VersionContent | null = null;
  const entries: VersionEntry[] = [];
  for (const row of rows) {
    const content: VersionContent = {
      stem: str(row.stem),
      options: parseJson(row.options, []),
      explanation: str(row.explanation),
      references: parseJson(row.refs, []),
      type: row.type === null ? null : str(row.type),
      objectiveCode: row.objective_code === null ? null : str(row.objective_code),
      difficulty: row.difficulty === null ? null : num(row.difficulty),
    };
    entries.push({
      id: num(row.id),
      version: num(row.version),
      authorName: row.author === null ? null : str(row.author),
      createdAt: num(row.created_at),
      source: row.source === null ? null : str(row.source),
      restoredFrom: row.restored_from === null ? null : num(row.restored_from),
      content,
      changes: diffVersions(previous, content),
    });
    previous = content;
  }
  return entries.reverse();
}
