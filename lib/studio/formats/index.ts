import {
  describeExportedQuestion,
  type ExportProblem,
  type ExportQuestion,
  type ExportResult,
  type ParseResult,
  type QuestionFileFormat,
  type FileCaseStudy,
} from '../question-model';
import { exportAiken, parseAiken } from './aiken';
import { exportCsv, parseCsv } from './csv';
import { exportGift, parseGift } from './gift';
import { exportJson, parseJson } from './json';

/** One entry point per direction, so the studio upload and the CLI pick a format by name. */

interface QuestionFileCodec {
  parse: (source: string) => ParseResult;
  /** Only JSON carries case studies; the others export the questions without their case. */
  export: (questions: readonly ExportQuestion[], caseStudies?: readonly FileCaseStudy[]) => ExportResult;
  /** The usual file extension, for downloads and `--out` defaults. */
  extension: string;
  mediaType: string;
}

export const QUESTION_FILE_CODECS: Record<QuestionFileFormat, QuestionFileCodec> = {
  json: { parse: parseJson, export: exportJson, extension: 'json', mediaType: 'application/json' },
  csv: { parse: parseCsv, export: exportCsv, extension: 'csv', mediaType: 'text/csv' },
  gift: { parse: parseGift, export: exportGift, extension: 'gift.txt', mediaType: 'text/plain' },
  aiken: { parse: parseAiken, export: exportAiken, extension: 'aiken.txt', mediaType: 'text/plain' },
};

export function parseQuestionFile(format: QuestionFileFormat, source: string): ParseResult {
  return QUESTION_FILE_CODECS[format].parse(source);
}

/**
 * Only JSON carries exhibits: the other formats write the question without them and name it, so
 * nobody believes the file holds the question whole.
 */
export function exportQuestionFile(
  format: QuestionFileFormat,
  questions: readonly ExportQuestion[],
  caseStudies: readonly FileCaseStudy[] = [],
): ExportResult {
  if (format === 'json') return QUESTION_FILE_CODECS.json.export(questions, caseStudies);
  const problems: ExportProblem[] = [];
  const stripped = questions.map((question, index) => {
    if (!question.exhibits?.length) return question;
    problems.push({
      question: describeExportedQuestion(question, index),
      message: `written without its ${question.exhibits.length === 1 ? 'exhibit' : `${question.exhibits.length} exhibits`} (only JSON carries exhibits)`,
    });
    const rest = { ...question };
    delete rest.exhibits;
    return rest;
  });
  const result = QUESTION_FILE_CODECS[format].export(stripped);
  return { ...result, problems: [...result.problems, ...problems] };
}
