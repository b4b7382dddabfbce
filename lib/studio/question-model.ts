/**
 * The common shapes of the question-bank import/export layer.
 *
 * Every parser (GIFT, Aiken, CSV, JSON) turns a file into a `ParseResult`: the questions it could
 * read plus every problem, each with the line it was found on, so a dry run can show both. Every
 * exporter takes `ExportQuestion`s (the shape of a stored question version) and returns the text
 * plus the questions it could not write. Nothing here knows about the database.
 */

import { dataUrlOf, type FileExhibit, type ImportedExhibit } from './formats/json-exhibits';

export const IMPORT_QUESTION_TYPES = ['single', 'multiple'] as const;
export type ImportQuestionType = (typeof IMPORT_QUESTION_TYPES)[number];

export type QuestionDifficulty = 1 | 2 | 3;

export const QUESTION_FILE_FORMATS = ['json', 'csv', 'gift', 'aiken'] as const;
export type QuestionFileFormat = (typeof QUESTION_FILE_FORMATS)[number];

export interface ImportedReference {
  title: string;
  url: string;
}

export interface ImportedOption {
  text: string;
  correct: boolean;
  /** GIFT's answer weight in percent (-100..100), kept for information; the product scores by `correct`. */
  weight?: number;
  feedback?: string;
  /** Matching: on a premise, the index (in `options`) of its right response. */
  match?: number;
}

/** Matching/ordering: the kind and its scoring rules (absent: a choice question). */
export interface KindFields {
  kind?: 'matching' | 'ordering';
  partialCredit?: boolean;
  responsesReusable?: boolean;
}

export interface ImportedQuestion extends KindFields {
  /** 1-based line where the question starts in the source file. */
  line: number;
  name?: string;
  category?: string;
  type: ImportQuestionType;
  stem: string;
  options: ImportedOption[];
  explanation: string;
  references: ImportedReference[];
  objectiveCode?: string;
  difficulty?: QuestionDifficulty;
  /** JSON only: images (decoded and checked), tables, code/log blocks. */
  exhibits?: ImportedExhibit[];
  /** JSON only: the title of the file's case study this question refers to. */
  caseStudy?: string;
}

/** A case study of a file (JSON only): a shared scenario its questions refer to by title. */
export interface FileCaseStudy {
  title: string;
  /** Markdown. */
  scenario: string;
  /** Shown under the scenario; images as data URLs, as a question's (JSON only). */
  exhibits?: FileExhibit[];
}

/** A case study as a file held it: its images decoded and checked (stored by the import). */
export interface ImportedCaseStudy {
  title: string;
  scenario: string;
  exhibits?: ImportedExhibit[];
}

/**
 * 'error' blocks an import; 'unsupported' names a question that is skipped (a type or a form the
 * product cannot hold) while the rest imports; 'warning' names something imported differently from
 * how the file meant it (e.g. a partial credit that is not kept).
 */
export type ImportProblemSeverity = 'error' | 'unsupported' | 'warning';

export interface ImportProblem {
  line: number;
  message: string;
  severity: ImportProblemSeverity;
}

export interface ParseResult {
  questions: ImportedQuestion[];
  problems: ImportProblem[];
  /** CSV only: the delimiter read from the header row. */
  delimiter?: string;
  /** JSON only: the file's case studies, each referred to by its questions' caseStudy. */
  caseStudies?: ImportedCaseStudy[];
}

export interface ExportOption {
  id: string;
  text: string;
  correct: boolean;
  /** Only GIFT and JSON can carry per-option feedback. */
  feedback?: string;
  /** Matching: on a premise, the id of its right response. */
  match?: string;
}

/** What an exporter needs of a question: its current version plus exam-side metadata. */
export interface ExportQuestion extends KindFields {
  id?: string | number;
  name?: string;
  category?: string;
  type: ImportQuestionType;
  stem: string;
  options: ExportOption[];
  explanation: string;
  references: ImportedReference[];
  objectiveCode?: string;
  difficulty?: QuestionDifficulty;
  /** Images as data URLs; only the JSON format carries exhibits. */
  exhibits?: FileExhibit[];
  /** The title of its case study (JSON carries it; the other formats cannot). */
  caseStudy?: string;
}

export interface ExportProblem {
  /** The question's id, else its name, else "#<1-based position>". */
  question: string;
  message: string;
}

export interface ExportResult {
  text: string;
  /** How many questions were written. */
  exported: number;
  /** Questions left out because the format cannot carry them. */
  problems: ExportProblem[];
}

export function importError(line: number, message: string): ImportProblem {
  return { line, message, severity: 'error' };
}

export function unsupportedQuestion(line: number, message: string): ImportProblem {
  return { line, message, severity: 'unsupported' };
}

export function importWarning(line: number, message: string): ImportProblem {
  return { line, message, severity: 'warning' };
}

/** An import runs all-or-nothing: any 'error' stops it; 'unsupported' questions are reported and skipped. */
export function hasBlockingProblems(result: ParseResult): boolean {
  return result.problems.some((p) => p.severity === 'error');
}

export function describeExportedQuestion(question: ExportQuestion, index: number): string {
  if (question.id !== undefined) return String(question.id);
  return question.name ?? `#${index + 1}`;
}

/** Option ids as the seeds write them ('a', 'b', …); past 26 options a numbered id keeps them unique. */
export function optionIdAt(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `o${index + 1}`;
}

/** The stored shape of an imported question: option ids assigned by position, parse-only fields dropped. */
export function toExportQuestion(question: ImportedQuestion): ExportQuestion {
  const result: ExportQuestion = {
    type: question.type,
    stem: question.stem,
    options: question.options.map((option, index) => ({
      id: optionIdAt(index),
      text: option.text,
      correct: option.correct,
      ...(option.feedback ? { feedback: option.feedback } : {}),
      ...(option.match !== undefined ? { match: optionIdAt(option.match) } : {}),
    })),
    explanation: question.explanation,
    references: question.references.map((r) => ({ title: r.title, url: r.url })),
  };
  if (question.name !== undefined) result.name = question.name;
  if (question.category !== undefined) result.category = question.category;
  if (question.objectiveCode !== undefined) result.objectiveCode = question.objectiveCode;
  if (question.difficulty !== undefined) result.difficulty = question.difficulty;
  if (question.exhibits?.length)
    result.exhibits = question.exhibits.map((e) =>
      e.kind === 'image'
        ? { kind: 'image', title: e.title, alt: e.alt, data: dataUrlOf(e.mime, e.bytes) }
        : e,
    );
  Object.assign(result, kindFieldsOf(question));
  return result;
}

/** The kind fields of a question, only when it has a kind (choice questions carry none). */
export function kindFieldsOf(question: KindFields): KindFields {
  if (!question.kind) return {};
  return question.kind === 'matching'
    ? {
        kind: 'matching',
        partialCredit: question.partialCredit === true,
        responsesReusable: question.responsesReusable === true,
      }
    : { kind: 'ordering', partialCredit: question.partialCredit === true };
}
