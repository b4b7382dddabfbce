import type {
  ExportQuestion,
  ExportResult,
  FileCaseStudy,
  ParseResult,
  QuestionFileFormat,
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

export function exportQuestionFile(
  format: QuestionFileFormat,
  questions: readonly ExportQuestion[],
  caseStudies: readonly FileCaseStudy[] = [],
): ExportResult {
  return QUESTION_FILE_CODECS[format].export(questions, caseStudies);
}
