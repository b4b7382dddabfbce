import { importError, type ImportProblem } from '../question-model';
import type { CsvRecord } from './csv-records';

/** The CSV columns (documented in csv.ts) and the header row that maps them to positions. */

export const CSV_OPTION_COLUMNS = [
  'option_a',
  'option_b',
  'option_c',
  'option_d',
  'option_e',
  'option_f',
] as const;
/** The letter of each option column, as the `correct` column names them. */
export const CSV_OPTION_LETTERS = 'ABCDEF';
export const CSV_COLUMNS = [
  'type',
  'stem',
  ...CSV_OPTION_COLUMNS,
  'correct',
  'explanation',
  'objective',
  'difficulty',
  'references',
  'name',
  'category',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly CsvColumn[] = ['stem', 'option_a', 'option_b', 'correct'];

export type CsvColumnIndex = Partial<Record<CsvColumn, number>>;

export function readCsvHeader(
  header: CsvRecord,
  delimiter: string,
  problems: ImportProblem[],
): CsvColumnIndex | null {
  const index: CsvColumnIndex = {};
  const before = problems.length;
  header.fields.forEach((raw, position) => {
    const name = raw.trim().toLowerCase();
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      problems.push(
        importError(
          header.line,
          `Unknown column "${raw}" (read with ${describeDelimiter(delimiter)} between columns; expected: ${CSV_COLUMNS.join(', ')})`,
        ),
      );
    } else if (index[name as CsvColumn] !== undefined) {
      problems.push(importError(header.line, `Column "${name}" appears twice`));
    } else {
      index[name as CsvColumn] = position;
    }
  });
  const missing = REQUIRED_COLUMNS.filter((column) => index[column] === undefined);
  if (missing.length > 0)
    problems.push(
      importError(header.line, `Header row is missing required column(s): ${missing.join(', ')}`),
    );
  return problems.length === before ? index : null;
}

/** How the preview and messages name a delimiter. */
export function describeDelimiter(delimiter: string): string {
  if (delimiter === '\t') return 'tab';
  return delimiter === ';' ? 'semicolon (;)' : 'comma (,)';
}
