import type { Client, InStatement } from '@libsql/client';
import { readQuestionFile, type QuestionFileInput } from '../../lib/studio/formats/read-file';
import {
  importError,
  optionIdAt,
  kindFieldsOf,
  type ImportedCaseStudy,
  type ImportedQuestion,
  type KindFields,
  type ImportProblem,
  type QuestionFileFormat,
} from '../../lib/studio/question-model';
import { excerpt } from '../../lib/studio/validate-question';
import { caseStudyOf, caseStudyStatements, planCaseStudies, type PlannedCaseStudy } from './import-cases';
import type { Exhibit } from '../../lib/exam/exhibits';
import { insertMediaStatement, planExhibits, type PlannedMedia } from './import-media';
import { createObjectiveResolver, type CategoryMapping } from './import-objectives';

/**
 * An import in two steps, shared by the studio and the CLI (usable without Next):
 * `planImport` parses the file and resolves every question's objective against the exam, so a
 * dry run can list what would be created and every problem with its line; `importStatements`
 * turns a plan without blocking problems into the statements of ONE atomic batch.
 */

export interface ImportExam {
  id: number;
  slug: string;
  title: string;
  objectives: { id: number; code: string; title: string }[];
  /** The exam's case studies by title: a file's case study of the same title joins it. */
  caseStudies?: { id: number; title: string }[];
}

export interface PlannedQuestion {
  line: number;
  /** The file's question title (GIFT ::title::, CSV/JSON name). */
  title?: string;
  excerpt: string;
  type: 'single' | 'multiple';
  objectiveId: number;
  objectiveCode: string;
  difficulty: 1 | 2 | 3;
  optionCount: number;
  correctCount: number;
  stem: string;
  options: { id: string; text: string; correct: boolean; match?: string }[];
  explanation: string;
  references: { title: string; url: string }[];
  /** question_versions.settings: the kind (matching/ordering) and its scoring rules; {} for choice. */
  settings: KindFields;
  /** Images by the hash of their bytes (in `ImportPlan.media`), tables, code/log blocks. */
  exhibits: Exhibit[];
  /** The title of its case study (JSON). */
  caseStudy?: string;
}

export interface ImportPlan {
  exam: ImportExam;
  questions: PlannedQuestion[];
  problems: ImportProblem[];
  /** Categories of the file that chose an objective (for the preview). */
  categories: CategoryMapping[];
  /** True when any problem is an error: nothing may be imported. */
  blocked: boolean;
  /** The images the questions' exhibits use, once each. */
  media?: PlannedMedia[];
  /** How the file was read: its encoding and (CSV) delimiter; null when it could not be read. */
  file?: { encoding: string; delimiter?: string } | null;
  /** The file's case studies to create (those the exam has by title are joined, not listed). */
  caseStudies?: PlannedCaseStudy[];
}

export async function loadImportExam(
  client: Client,
  where: { id?: number; slug?: string },
): Promise<ImportExam | null> {
  const { rows } = await client.execute(
    where.id !== undefined
      ? { sql: 'SELECT id, slug, title FROM exams WHERE id = ?', args: [where.id] }
      : { sql: 'SELECT id, slug, title FROM exams WHERE slug = ?', args: [where.slug ?? ''] },
  );
  const exam = rows[0];
  if (!exam) return null;
  const [objectives, cases] = await Promise.all([
    client.execute({
      sql: 'SELECT id, code, title FROM objectives WHERE exam_id = ? ORDER BY position, code',
      args: [Number(exam.id)],
    }),
    client.execute({
      sql: 'SELECT id, title FROM case_studies WHERE exam_id = ? ORDER BY id',
      args: [Number(exam.id)],
    }),
  ]);
  return {
    id: Number(exam.id),
    slug: String(exam.slug),
    title: String(exam.title),
    objectives: objectives.rows.map((r) => ({
      id: Number(r.id),
      code: String(r.code),
      title: String(r.title),
    })),
    caseStudies: cases.rows.map((r) => ({ id: Number(r.id), title: String(r.title) })),
  };
}

/** Per-option feedback has no place in a stored version; it is kept in the explanation. */
function explanationWithFeedback(question: ImportedQuestion): string {
  const feedback = question.options
    .map((option, index) =>
      option.feedback ? `- **${optionIdAt(index).toUpperCase()}:** ${option.feedback}` : null,
    )
    .filter((line): line is string => line !== null);
  if (feedback.length === 0) return question.explanation;
  return [question.explanation, feedback.join('\n')].filter((part) => part.trim() !== '').join('\n\n');
}

export function planParsedImport(
  exam: ImportExam,
  parsed: { questions: ImportedQuestion[]; problems: ImportProblem[]; caseStudies?: ImportedCaseStudy[] },
  objectiveId?: number,
): ImportPlan {
  const problems = [...parsed.problems];
  const chosen = objectiveId === undefined ? undefined : exam.objectives.find((o) => o.id === objectiveId);
  if (objectiveId !== undefined && !chosen)
    problems.push(importError(1, `The chosen objective is not one of ${exam.title}'s.`));
  const objectives = createObjectiveResolver(exam, chosen);
  const questions: PlannedQuestion[] = [];
  const media = new Map<string, PlannedMedia>();
  for (const question of parsed.questions) {
    const objective = objectives.resolve(question, problems);
    if (!objective) continue;
    const options = question.options.map((o, index) => ({
      id: optionIdAt(index),
      text: o.text,
      correct: o.correct,
      ...(o.match !== undefined ? { match: optionIdAt(o.match) } : {}),
    }));
    questions.push({
      line: question.line,
      ...(question.name !== undefined ? { title: question.name } : {}),
      excerpt: excerpt(question.stem, 80),
      type: question.type,
      objectiveId: objective.id,
      objectiveCode: objective.code,
      difficulty: question.difficulty ?? 2,
      optionCount: options.length,
      correctCount: options.filter((o) => o.correct).length,
      stem: question.stem,
      options,
      explanation: explanationWithFeedback(question),
      references: question.references.map((r) => ({ title: r.title, url: r.url })),
      settings: kindFieldsOf(question),
      exhibits: planExhibits(question.exhibits ?? [], media),
      ...(question.caseStudy !== undefined ? { caseStudy: question.caseStudy } : {}),
    });
  }
  const caseStudies = planCaseStudies(exam, parsed.caseStudies ?? [], problems, (e) =>
    planExhibits(e, media),
  );
  problems.sort((a, b) => a.line - b.line);
  const blocked = problems.some((p) => p.severity === 'error');
  return {
    exam,
    questions,
    problems,
    categories: objectives.mappings(),
    blocked,
    media: [...media.values()],
    caseStudies,
  };
}

/**
 * Decode (bytes: detected encoding; text: checked for lost characters) and parse, then plan: the
 * one pipeline of the studio and the CLI. A file that cannot be read is one blocking problem.
 */
export function planImport(
  exam: ImportExam,
  format: QuestionFileFormat,
  input: QuestionFileInput | string,
  objectiveId?: number,
): ImportPlan {
  const read = readQuestionFile(format, typeof input === 'string' ? { text: input } : input);
  if (!read.ok) {
    const problems = [importError(1, read.message)];
    return { exam, questions: [], problems, categories: [], blocked: true, file: null };
  }
  const file = { encoding: read.encoding, ...(read.delimiter ? { delimiter: read.delimiter } : {}) };
  return { ...planParsedImport(exam, read.result, objectiveId), file };
}

export interface ImportWriteOptions {
  authorId: string | null;
  now: number;
  asDraft?: boolean;
}

/**
 * The statements of an import: per question its row, version 1 and the version's meta, linked by
 * last_insert_rowid() (the statements run in order on one connection inside the batch; triggers
 * restore last_insert_rowid() when they end). Append the audit row and run them as one batch.
 */
export function importStatements(plan: ImportPlan, options: ImportWriteOptions): InStatement[] {
  if (plan.blocked) throw new Error('This import has problems; fix them first.');
  // The images first: a version's trigger records which images it uses, and refuses unknown ones.
  const statements: InStatement[] = [
    ...(plan.media ?? []).map((m) => insertMediaStatement(m, options.now, options.authorId)),
    ...caseStudyStatements(plan, options),
  ];
  const active = options.asDraft ? 0 : 1;
  for (const q of plan.questions) {
    const caseStudy = caseStudyOf(plan.exam.id, q.caseStudy);
    statements.push({
      sql: `INSERT INTO questions (exam_id, objective_id, type, difficulty, is_active, current_version, created_at, updated_at, title, case_study_id) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ${caseStudy.sql})`,
      args: [
        plan.exam.id,
        q.objectiveId,
        q.type,
        q.difficulty,
        active,
        options.now,
        options.now,
        q.title ?? null,
        ...caseStudy.args,
      ],
    });
    // question_drafts.question_id is its rowid, so last_insert_rowid() still names the question.
    if (options.asDraft)
      statements.push({
        sql: 'INSERT INTO question_drafts (question_id, created_at) VALUES (last_insert_rowid(), ?)',
        args: [options.now],
      });
    statements.push({
      sql: `INSERT INTO question_versions (question_id, version, stem, options, explanation, refs, settings, exhibits, author_id, created_at)
            VALUES (last_insert_rowid(), 1, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        q.stem,
        JSON.stringify(q.options),
        q.explanation,
        JSON.stringify(q.references),
        JSON.stringify(q.settings),
        JSON.stringify(q.exhibits),
        options.authorId,
        options.now,
      ],
    });
    statements.push({
      sql: `INSERT INTO question_version_meta (question_version_id, type, objective_id, difficulty, source) VALUES (last_insert_rowid(), ?, ?, ?, 'import')`,
      args: [q.type, q.objectiveId, q.difficulty],
    });
  }
  return statements;
}

/** What the audit log keeps of an import. */
export function importAuditDetails(
  plan: ImportPlan,
  format: QuestionFileFormat,
  via: 'studio' | 'cli',
): Record<string, unknown> {
  return {
    via,
    format,
    exam: plan.exam.slug,
    created: plan.questions.length,
    ...(plan.caseStudies?.length ? { caseStudiesCreated: plan.caseStudies.length } : {}),
    skippedUnsupported: plan.problems.filter((p) => p.severity === 'unsupported').length,
  };
}
