import { z } from 'zod';
import '../../validation/zod-setup';
import {
  importError,
  kindFieldsOf,
  type ExportQuestion,
  type ExportResult,
  type FileCaseStudy,
  type ImportedCaseStudy,
  type ImportedQuestion,
  type ImportProblem,
  type ParseResult,
} from '../question-model';
import { acceptValidQuestions } from '../validate-question';
import { decodeJsonExhibits, jsonExhibitListSchema, type ImportedExhibit } from './json-exhibits';
import { lineOfPath, scanJson, type JsonPath } from './json-locate';
import { stripByteOrderMark } from './source-lines';

/**
 * JSON import/export. The document:
 *
 *   {
 *     "format": "pingtopass-questions",      optional on import
 *     "version": 1,
 *     "questions": [
 *       {
 *         "name": "S3 basics",                optional
 *         "category": "AWS/Storage",          optional
 *         "type": "single",                   optional: "single" | "multiple"; default from the number correct
 *         "stem": "Which service …?",         markdown
 *         "options": [ { "text": "…", "correct": true, "feedback": "…" } ],   correct defaults to false
 *         "explanation": "…",                 optional, markdown
 *         "references": [ { "title": "…", "url": "https://…" } ],             optional
 *         "objective": "1.2",                 optional objective code
 *         "difficulty": 2,                    optional: 1 | 2 | 3
 *         "kind": "matching",                 optional: "matching" | "ordering" (else a choice question)
 *         "partialCredit": false,             optional (matching/ordering): share of right pairs/positions
 *         "responsesReusable": false,         optional (matching): one response may answer several premises
 *         "exhibits": [                       optional, at most 6, shown beside the stem:
 *           { "kind": "image", "title": "…", "alt": "…", "data": "data:image/png;base64,…" },
 *           { "kind": "table", "title": "…", "header": ["…"], "rows": [["…"]] },
 *           { "kind": "code", "title": "…", "language": "log", "text": "…" }
 *         ]
 *         "caseStudy": "Contoso migrates"     optional: the title of one of "caseStudies"
 *       }
 *     ],
 *     "caseStudies": [                        optional
 *       { "title": "Contoso migrates", "scenario": "## Overview …",   title unique in the file; markdown
 *         "exhibits": [ … ] }                 optional: as a question's, shown under the scenario
 *     ]
 *   }
 *
 * Matching: a premise is an option with "match", the 0-based index in "options" of its right
 * response; the options without "match" are the responses. Ordering: the options in the right order.
 * "correct" means nothing for those two kinds. An image exhibit is PNG, JPEG, WebP or GIF (checked
 * by its bytes; no SVG), at most 2 MB; only JSON carries exhibits (the other formats leave them out).
 *
 * A case study is a shared scenario several questions refer to (a section of a mock). On import a
 * case study whose title the exam already has is reused (its scenario and exhibits kept), any other
 * is created, its images stored like a question's.
 *
 * A bare array of questions is accepted too. Unknown keys are errors, so a typo ("explaination")
 * is reported instead of silently dropping the field. Each problem names its path and line.
 */

export const JSON_FORMAT_NAME = 'pingtopass-questions';
export const JSON_FORMAT_VERSION = 1;

const optionSchema = z.strictObject({
  text: z.string(),
  correct: z.boolean().optional(),
  feedback: z.string().optional(),
  match: z.number().int().min(0).optional(),
});

export const jsonQuestionSchema = z.strictObject({
  name: z.string().optional(),
  category: z.string().optional(),
  type: z.enum(['single', 'multiple']).optional(),
  stem: z.string(),
  options: z.array(optionSchema),
  explanation: z.string().optional(),
  references: z.array(z.strictObject({ title: z.string(), url: z.string() })).optional(),
  objective: z.string().optional(),
  difficulty: z.literal([1, 2, 3], { error: 'must be 1, 2 or 3' }).optional(),
  kind: z.enum(['matching', 'ordering']).optional(),
  partialCredit: z.boolean().optional(),
  responsesReusable: z.boolean().optional(),
  exhibits: jsonExhibitListSchema.optional(),
  caseStudy: z.string().min(1).optional(),
});

const caseStudySchema = z.strictObject({
  title: z.string().trim().min(3, 'a case study title needs 3 characters or more').max(160),
  scenario: z.string().trim().min(1, 'a case study needs its scenario').max(20_000),
  exhibits: jsonExhibitListSchema.optional(),
});

export type JsonQuestion = z.infer<typeof jsonQuestionSchema>;

export const jsonDocumentSchema = z.strictObject({
  format: z.literal(JSON_FORMAT_NAME).optional(),
  version: z.literal(JSON_FORMAT_VERSION),
  questions: z.array(z.unknown()),
  caseStudies: z.array(caseStudySchema).optional(),
});

function formatPath(path: JsonPath): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment,
    '',
  );
}

function reportIssues(
  issues: readonly z.core.$ZodIssue[],
  base: JsonPath,
  lines: Map<string, number>,
  problems: ImportProblem[],
): void {
  for (const issue of issues) {
    const path = [...base, ...(issue.path as (string | number)[])];
    const where = formatPath(path) || '(document)';
    problems.push(importError(lineOfPath(lines, path), `${where}: ${issue.message}`));
  }
}

export function toImportedQuestion(
  raw: JsonQuestion,
  line: number,
  exhibits: ImportedExhibit[] = [],
): ImportedQuestion {
  const options = raw.options.map((o) => ({
    text: o.text.trim(),
    correct: o.correct === true,
    ...(o.feedback ? { feedback: o.feedback } : {}),
    ...(o.match !== undefined ? { match: o.match } : {}),
  }));
  const question: ImportedQuestion = {
    line,
    type: raw.type ?? (options.filter((o) => o.correct).length > 1 ? 'multiple' : 'single'),
    stem: raw.stem.trim(),
    options,
    explanation: (raw.explanation ?? '').trim(),
    references: (raw.references ?? []).map((r) => ({ title: r.title.trim(), url: r.url.trim() })),
  };
  if (raw.name !== undefined) question.name = raw.name;
  if (raw.category !== undefined) question.category = raw.category;
  if (raw.objective !== undefined) question.objectiveCode = raw.objective;
  if (raw.difficulty !== undefined) question.difficulty = raw.difficulty;
  if (exhibits.length > 0) question.exhibits = exhibits;
  Object.assign(question, kindFieldsOf(raw));
  if (raw.caseStudy !== undefined) question.caseStudy = raw.caseStudy;
  return question;
}

/** The questions array and the path it sits at, or null after reporting why the document is wrong. */
function readEnvelope(
  value: unknown,
  lines: Map<string, number>,
  problems: ImportProblem[],
): { items: unknown[]; base: JsonPath; caseStudies: ImportedCaseStudy[] } | null {
  if (Array.isArray(value)) return { items: value, base: [], caseStudies: [] };
  const envelope = jsonDocumentSchema.safeParse(value);
  if (!envelope.success) {
    reportIssues(envelope.error.issues, [], lines, problems);
    return null;
  }
  const listed = envelope.data.caseStudies ?? [];
  const caseStudies = listed.map((c, i): ImportedCaseStudy => {
    const line = lineOfPath(lines, ['caseStudies', i]);
    if (listed.findIndex((other) => other.title === c.title) !== i)
      problems.push(importError(line, `caseStudies[${i}]: the title "${c.title}" repeats`));
    // Images checked like a question's; a refused one blocks the import (an error), so it is never half stored.
    const exhibits = decodeJsonExhibits(c.exhibits ?? []);
    if (!exhibits.ok) {
      for (const problem of exhibits.problems)
        problems.push(importError(line, `caseStudies[${i}].${problem}`));
      return { title: c.title, scenario: c.scenario };
    }
    return {
      title: c.title,
      scenario: c.scenario,
      ...(exhibits.exhibits.length ? { exhibits: exhibits.exhibits } : {}),
    };
  });
  return { items: envelope.data.questions, base: ['questions'], caseStudies };
}

export function parseJson(source: string): ParseResult {
  const text = stripByteOrderMark(source);
  const problems: ImportProblem[] = [];
  const scan = scanJson(text);
  if (!scan.ok) return { questions: [], problems: [importError(scan.line, `Invalid JSON: ${scan.message}`)] };
  const envelope = readEnvelope(JSON.parse(text) as unknown, scan.lines, problems);
  if (!envelope) return { questions: [], problems };
  const candidates: ImportedQuestion[] = [];
  envelope.items.forEach((item, index) => {
    const path = [...envelope.base, index];
    const parsed = jsonQuestionSchema.safeParse(item);
    if (!parsed.success) return reportIssues(parsed.error.issues, path, scan.lines, problems);
    const reference = parsed.data.caseStudy;
    if (reference !== undefined && !envelope.caseStudies.some((c) => c.title === reference))
      problems.push(
        importError(
          lineOfPath(scan.lines, [...path, 'caseStudy']),
          `${formatPath(path)}.caseStudy: no case study titled "${reference}" in caseStudies`,
        ),
      );
    const line = lineOfPath(scan.lines, path);
    const exhibits = decodeJsonExhibits(parsed.data.exhibits ?? []);
    if (!exhibits.ok)
      for (const problem of exhibits.problems)
        problems.push(importError(line, `${formatPath(path)}.${problem}`));
    else candidates.push(toImportedQuestion(parsed.data, line, exhibits.exhibits));
  });
  const result = acceptValidQuestions(candidates, problems);
  return envelope.caseStudies.length > 0 ? { ...result, caseStudies: envelope.caseStudies } : result;
}

function toJsonQuestion(question: ExportQuestion): JsonQuestion {
  const indexOf = new Map(question.options.map((o, i) => [o.id, i]));
  return {
    ...(question.name !== undefined ? { name: question.name } : {}),
    ...(question.category !== undefined ? { category: question.category } : {}),
    type: question.type,
    stem: question.stem,
    options: question.options.map((o) => ({
      text: o.text,
      correct: o.correct,
      ...(o.feedback ? { feedback: o.feedback } : {}),
      ...(o.match !== undefined ? { match: indexOf.get(o.match) ?? -1 } : {}),
    })),
    explanation: question.explanation,
    references: question.references.map((r) => ({ title: r.title, url: r.url })),
    ...(question.objectiveCode !== undefined ? { objective: question.objectiveCode } : {}),
    ...(question.difficulty !== undefined ? { difficulty: question.difficulty } : {}),
    ...kindFieldsOf(question),
    ...(question.exhibits?.length ? { exhibits: question.exhibits } : {}),
    ...(question.caseStudy !== undefined ? { caseStudy: question.caseStudy } : {}),
  };
}

/** JSON carries everything a question has, its case studies too, so nothing is ever left out. */
export function exportJson(
  questions: readonly ExportQuestion[],
  caseStudies: readonly FileCaseStudy[] = [],
): ExportResult {
  const titles = new Set(questions.map((q) => q.caseStudy));
  const referenced = caseStudies.filter((c) => titles.has(c.title));
  const document = {
    format: JSON_FORMAT_NAME,
    version: JSON_FORMAT_VERSION,
    questions: questions.map(toJsonQuestion),
    ...(referenced.length > 0
      ? {
          caseStudies: referenced.map((c) => ({
            title: c.title,
            scenario: c.scenario,
            ...(c.exhibits?.length ? { exhibits: c.exhibits } : {}),
          })),
        }
      : {}),
  };
  return { text: `${JSON.stringify(document, null, 2)}\n`, exported: questions.length, problems: [] };
}
