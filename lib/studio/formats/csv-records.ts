import { parse } from 'csv-parse/sync';
import { importError, type ImportProblem } from '../question-model';
import { stripByteOrderMark } from './source-lines';

/**
 * CSV records through csv-parse (a well-kept parser) instead of a reader of our own. Spreadsheet
 * habits handled: the delimiter is read from the header line (`,`, `;` as European Excel writes,
 * or a tab) and reported; a UTF-8 BOM is dropped; CRLF, LF and CR-only (old Mac Excel) end lines;
 * empty rows, also Excel's all-comma ones, are skipped; a quote inside an unquoted field is a
 * literal character (as Excel reads it). Each record remembers the line it starts on, so a problem
 * in a multi-line record still points at the right place.
 */

export interface CsvRecord {
  line: number;
  fields: string[];
}

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvReadResult {
  records: CsvRecord[];
  problems: ImportProblem[];
  delimiter: CsvDelimiter;
}

/** The candidate found most often outside quotes on the first non-empty line (the header). */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const header = /[^\n]*\S[^\n]*/.exec(text)?.[0] ?? '';
  const counts = new Map<CsvDelimiter, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvDelimiter))
      counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
  }
  return CSV_DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), ',');
}

/** The record's first line: its end line less the line breaks inside it (leading skipped blank lines aside). */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  let breaks = 0;
  for (const char of body) if (char === '\n') breaks++;
  return endLine - breaks;
}

/** The line of the quote that opens the field left open at the end (quotes toggle; `""` toggles twice). */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let openedAt = 1;
  let quoted = false;
  for (const char of text) {
    if (char === '\n') line++;
    else if (char === '"') {
      quoted = !quoted;
      if (quoted) openedAt = line;
    }
  }
  return openedAt;
}

function describeCsvError(error: unknown, text: string): ImportProblem {
  const code = (error as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED')
    return importError(unclosedQuoteLine(text), 'A quoted field is never closed: the file ends inside "…"');
  const line = Number((error as { lines?: number }).lines) || 1;
  const message = error instanceof Error ? error.message.replace(/ at line \d+/, '') : String(error);
  return importError(line, `The CSV cannot be read further: ${message}`);
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

export function readCsvRecords(source: string): CsvReadResult {
  // One line end for the parser and for the line numbers: CRLF and CR-only become LF (in values too).
  const text = stripByteOrderMark(source).replace(/\r\n?/g, '\n');
  const delimiter = detectCsvDelimiter(text);
  try {
    const parsed = parse(text, {
      delimiter,
      record_delimiter: '\n',
      info: true,
      raw: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as ParsedRecord[];
    const records = parsed.map(({ record, info, raw }) => ({
      line: startLine(info.lines, raw),
      fields: record,
    }));
    return { records, problems: [], delimiter };
  } catch (error) {
    return { records: [], problems: [describeCsvError(error, text)], delimiter };
  }
}

function quoteField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record with CRLF at the end, as RFC 4180 writes it. */
export function writeCsvRecord(fields: readonly string[]): string {
  return `${fields.map(quoteField).join(',')}\r\n`;
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula: CSV injection.
 * Export prefixes such a value with an apostrophe (OWASP's advice; Excel shows it without the
 * apostrophe) and import removes exactly one, so values round-trip, even ones that began with `'=`.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

export function guardFormula(value: string): string {
  return FORMULA_LIKE.test(value) ? `'${value}` : value;
}

export function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_LIKE.test(value) ? value.slice(1) : value;
}
