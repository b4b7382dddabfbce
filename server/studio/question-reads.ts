import 'server-only';
// What the question editor reads: the exam's objectives, the question's current version and its history.
import { asc, eq, sql } from 'drizzle-orm';
import {
  exams,
  objectives,
  questionDrafts,
  questions,
  questionVersionMeta,
  questionVersions,
  users,
} from '@/database/schema';
import { type QuestionContentInput, type StudioQuestionStatus } from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { exhibitsOf } from '@/lib/exam/exhibits';
import { appDatabase } from '../db';
import { parseJson } from '../row-values';
import { isCurrentVersion } from './current-version';
import { notFound } from './errors';
import { diffVersions, type VersionContent } from '@/lib/studio/version-diff';

/** What a version says and how it is answered, for a select joined to question_version_meta. */
export function versionBody() {
  return {
    stem: questionVersions.stem,
    options: questionVersions.options,
    explanation: questionVersions.explanation,
    references: questionVersions.refs,
    settings: questionVersions.settings,
    exhibits: questionVersions.exhibits,
    type: questionVersionMeta.type,
  };
}

/**
 * A version's content as version-diff compares it, for a select from question_versions
 * left-joined to question_version_meta and objectives (the version history and the audit log).
 */
export const VERSION_CONTENT = {
  ...versionBody(),
  objectiveCode: objectives.code,
  difficulty: questionVersionMeta.difficulty,
};

export interface EditorQuestion {
  id: number;
  examId: number;
  examTitle: string;
  /** The title an import gave it (GIFT ::title::, CSV/JSON name), or null. */
  title: string | null;
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
      title: questions.title,
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
      settings: questionVersions.settings,
      exhibits: questionVersions.exhibits,
      // Every option id of every version: JSON functions have no builder.
      usedIds: sql<string>`(SELECT json_group_array(DISTINCT j.value ->> '$.id') FROM ${questionVersions} hv, json_each(hv.options) j WHERE hv.question_id = ${questions.id})`,
    })
    .from(questions)
    .innerJoin(exams, eq(exams.id, questions.examId))
    .innerJoin(questionVersions, isCurrentVersion)
    .leftJoin(questionDrafts, eq(questionDrafts.questionId, questions.id))
    .where(eq(questions.id, questionId));
  if (!row) throw notFound('question');
  const { objectiveId, type, difficulty, stem, options, explanation, references } = row;
  return {
    id: row.id,
    examId: row.examId,
    examTitle: row.examTitle,
    title: row.title,
    status: row.isActive ? 'active' : row.draftSince !== null ? 'draft' : 'retired',
    currentVersion: row.currentVersion,
    versionId: row.versionId,
    usedOptionIds: parseJson<string[]>(row.usedIds, []),
    content: {
      objectiveId,
      type,
      difficulty,
      stem,
      options,
      explanation,
      references,
      kind: row.settings.kind ?? 'choice',
      partialCredit: row.settings.partialCredit === true,
      responsesReusable: row.settings.responsesReusable === true,
      exhibits: exhibitsOf(row.exhibits),
    },
  };
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
      content: VERSION_CONTENT,
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
