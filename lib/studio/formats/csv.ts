import {
  describeExportedQuestion,
  importError,
  type ExportProblem,
  type ExportQuestion,
  type ExportResult,
  type ImportedQuestion,
  type ParseResult,
} from '../question-model';
import { acceptValidQuestions } from '../validate-question';
import { guardFormula, readCsvRecords, writeCsvRecord } from './csv-records';
import {
  CSV_COLUMNS,
  CSV_OPTION_COLUMNS,
  CSV_OPTION_LETTERS,
  readCsvHeader,
  type CsvColumn,
} from './csv-columns';
import { kindCells } from './csv-kinds';
import { readCsvQuestion } from './csv-row';

export { CSV_COLUMNS } from './csv-columns';

/**
 * CSV import/export, one question per record. The header row is required and names the columns
 * (any order, case-insensitive):
 *
 *   type        single | multiple | matching | ordering; empty = single when one letter is
 *               correct, else multiple (matching and ordering: see csv-kinds.ts)
 *   stem        the question text (markdown)
 *   option_a … option_f   the options in order; a filled option after an empty one is an error
 *   correct     the letters of the right options: "B" or "A;C" (also "A,C" or "A C")
 *   explanation markdown shown after answering
 *   objective   the objective code, e.g. "1.2"
 *   difficulty  1, 2 or 3 (empty = the exam's default)
 *   references  one per line inside the cell: `Title <https://url>` or a bare `https://url`
 *   name        optional title, shown in the studio's question list
 *   category    optional; picks the objective (by code or title) when the row names none
 *
 * The delimiter may be `,` `;` or a tab (read from the header row).
 * Required columns: stem, option_a, option_b, correct.
 */

export function parseCsv(source: string): ParseResult {
  const { records, problems, delimiter } = readCsvRecords(source);
  const [header, ...rows] = records;
  if (!header) {
    if (problems.length === 0) problems.push(importError(1, 'The file is empty: a header row is required'));
    return { questions: [], problems, delimiter };
  }
  const columns = readCsvHeader(header, delimiter, problems);
  if (!columns) return { questions: [], problems, delimiter };
  const candidates: ImportedQuestion[] = [];
  for (const row of rows) {
    if (row.fields.length !== header.fields.length) {
      problems.push(
        importError(
          row.line,
          `Row has ${row.fields.length} fields but the header has ${header.fields.length}`,
        ),
      );
      continue;
    }
    const question = readCsvQuestion(row, columns, problems);
    if (question) candidates.push(question);
  }
  return { ...acceptValidQuestions(candidates, problems), delimiter };
}

function toRow(question: ExportQuestion): string[] {
  const kind = question.kind ? kindCells(question) : null;
  const cells = kind?.cells ?? question.options.map((o) => o.text);
  const values = new Map<CsvColumn, string>([
    ['type', question.kind ?? question.type],
    ['stem', question.stem],
    [
      'correct',
      kind?.correct ??
        question.options.flatMap((o, i) => (o.correct ? [CSV_OPTION_LETTERS[i]!] : [])).join(';'),
    ],
    ['explanation', question.explanation],
    ['objective', question.objectiveCode ?? ''],
    ['difficulty', question.difficulty === undefined ? '' : String(question.difficulty)],
    ['references', question.references.map((r) => `${r.title} <${r.url}>`).join('\n')],
    ['name', question.name ?? ''],
    ['category', question.category ?? ''],
  ]);
  CSV_OPTION_COLUMNS.forEach((column, i) => values.set(column, cells[i] ?? ''));
  return CSV_COLUMNS.map((column) => guardFormula(values.get(column) ?? ''));
}

/** Questions with more than six options are left out and reported; option feedback has no column. */
export function exportCsv(questions: readonly ExportQuestion[]): ExportResult {
  const problems: ExportProblem[] = [];
  let text = writeCsvRecord(CSV_COLUMNS);
  let exported = 0;
  questions.forEach((question, index) => {
    const cellCount = question.kind ? kindCells(question).cells.length : question.options.length;
    if (cellCount > CSV_OPTION_COLUMNS.length) {
      problems.push({
        question: describeExportedQuestion(question, index),
        message: `Not exportable: CSV holds at most ${CSV_OPTION_COLUMNS.length} options`,
      });
      return;
    }
    text += writeCsvRecord(toRow(question));
    exported++;
  });
  return { text, exported, problems };
}
