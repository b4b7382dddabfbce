import { importError, type ImportProblem } from '../question-model';
import { stripByteOrderMark } from './source-lines';

/**
 * RFC 4180 records: comma-separated fields, CRLF (or LF, or CR) between records, fields in double
 * quotes may hold commas, quotes (doubled) and line breaks. Each record remembers the line it starts
 * on, so a problem in a multi-line record still points at the right place. Lenient where Excel is
 * (a quote inside an unquoted field is a literal character), strict where data would be lost.
 */

export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvReadResult {
  records: CsvRecord[];
  problems: ImportProblem[];
}

interface ReaderState {
  text: string;
  position: number;
  line: number;
  problems: ImportProblem[];
}

/** Reads a quoted field starting at the opening quote; leaves `position` after the closing quote. */
function readQuotedField(state: ReaderState): string {
  const startLine = state.line;
  let value = '';
  state.position++;
  while (state.position < state.text.length) {
    const char = state.text[state.position]!;
    if (char === '"') {
      if (state.text[state.position + 1] === '"') {
        value += '"';
        state.position += 2;
        continue;
      }
      state.position++;
      return value;
    }
    if (char === '\r' || char === '\n') {
      const isCrLf = char === '\r' && state.text[state.position + 1] === '\n';
      state.position += isCrLf ? 2 : 1;
      state.line++;
      value += '\n';
      continue;
    }
    value += char;
    state.position++;
  }
  state.problems.push(importError(startLine, 'A quoted field is never closed: the file ends inside "…"'));
  return value;
}

function readUnquotedField(state: ReaderState): string {
  const start = state.position;
  while (state.position < state.text.length && !',\r\n'.includes(state.text[state.position]!))
    state.position++;
  return state.text.slice(start, state.position);
}

/** After a quoted field only a comma, a line break or the end may follow. */
function readStrayAfterQuote(state: ReaderState): string {
  const stray = readUnquotedField(state);
  if (stray !== '')
    state.problems.push(
      importError(
        state.line,
        `Characters ${JSON.stringify(stray)} after a closing quote (quote the whole field)`,
      ),
    );
  return stray;
}

function readRecord(state: ReaderState): CsvRecord {
  const record: CsvRecord = { line: state.line, fields: [] };
  for (;;) {
    let field: string;
    if (state.text[state.position] === '"') field = readQuotedField(state) + readStrayAfterQuote(state);
    else field = readUnquotedField(state);
    record.fields.push(field);
    const separator = state.text[state.position];
    if (separator === ',') {
      state.position++;
      continue;
    }
    if (separator === '\r' || separator === '\n') {
      state.position += separator === '\r' && state.text[state.position + 1] === '\n' ? 2 : 1;
      state.line++;
    }
    return record;
  }
}

export function readCsvRecords(source: string): CsvReadResult {
  const state: ReaderState = { text: stripByteOrderMark(source), position: 0, line: 1, problems: [] };
  const records: CsvRecord[] = [];
  while (state.position < state.text.length) {
    const record = readRecord(state);
    const isBlankLine = record.fields.length === 1 && record.fields[0] === '';
    if (!isBlankLine) records.push(record);
  }
  return { records, problems: state.problems };
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
