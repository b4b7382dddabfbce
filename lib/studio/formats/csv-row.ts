import {
  importError,
  type ImportedOption,
  type ImportedQuestion,
  type ImportedReference,
  type ImportProblem,
  type QuestionDifficulty,
} from '../question-model';
import { unguardFormula, type CsvRecord } from './csv-records';
import { CSV_OPTION_COLUMNS, CSV_OPTION_LETTERS, type CsvColumn, type CsvColumnIndex } from './csv-columns';
import { isKindType, readKindRow } from './csv-kinds';

/** One CSV record → one candidate question; cell-level problems are reported with the record's line. */

interface RowReader {
  cell: (column: CsvColumn) => string;
  fail: (message: string) => void;
}

function readOptions(reader: RowReader): string[] {
  const texts = CSV_OPTION_COLUMNS.map((column) => reader.cell(column).trim());
  const lastFilled = texts.reduce((last, text, i) => (text !== '' ? i : last), -1);
  const firstEmpty = texts.indexOf('');
  if (firstEmpty !== -1 && firstEmpty < lastFilled) {
    // Letters are positions: a gap would silently move every later option (and the key) up one letter.
    reader.fail(`${CSV_OPTION_COLUMNS[lastFilled]} is filled but ${CSV_OPTION_COLUMNS[firstEmpty]} is empty`);
  }
  return texts.slice(0, lastFilled + 1);
}

function readCorrectLetters(reader: RowReader, optionCount: number): Set<number> {
  const raw = reader.cell('correct').trim();
  const indexes = new Set<number>();
  for (const token of raw.split(/[;,\s]+/).filter(Boolean)) {
    const index = CSV_OPTION_LETTERS.indexOf(token.toUpperCase());
    if (token.length !== 1 || index === -1) reader.fail(`correct: "${token}" is not an option letter A–F`);
    else if (index >= optionCount) reader.fail(`correct: option ${token.toUpperCase()} is empty`);
    else indexes.add(index);
  }
  if (raw === '')
    reader.fail('correct is empty: give the letter(s) of the right option(s), e.g. "B" or "A;C"');
  return indexes;
}

function readType(reader: RowReader, correctCount: number): ImportedQuestion['type'] {
  const raw = reader.cell('type').trim().toLowerCase();
  if (raw === 'single' || raw === 'multiple') return raw;
  if (raw !== '') reader.fail(`type "${raw}" must be single, multiple, matching or ordering`);
  return correctCount > 1 ? 'multiple' : 'single';
}

function readDifficulty(reader: RowReader): QuestionDifficulty | undefined {
  const raw = reader.cell('difficulty').trim();
  if (raw === '') return undefined;
  if (raw === '1' || raw === '2' || raw === '3') return Number(raw) as QuestionDifficulty;
  reader.fail(`difficulty "${raw}" must be 1, 2 or 3`);
  return undefined;
}

/** `Title <https://url>` or a bare URL, one per line. */
export function readReferenceLines(raw: string, fail: (message: string) => void): ImportedReference[] {
  const references: ImportedReference[] = [];
  for (const line of raw
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    // indexOf rather than a regex: a backtracking pattern over a long hostile cell could hang the import.
    const open = line.endsWith('>') ? line.lastIndexOf('<') : -1;
    const url = open === -1 ? line : line.slice(open + 1, -1);
    const title = open === -1 ? line : line.slice(0, open).trim() || url;
    if (url === '' || /[\s<>]/.test(url))
      fail(`references: "${line}" should be "Title <https://url>" or a bare URL`);
    else references.push({ title, url });
  }
  return references;
}

export function readCsvQuestion(
  row: CsvRecord,
  columns: CsvColumnIndex,
  problems: ImportProblem[],
): ImportedQuestion | null {
  let failed = false;
  const reader: RowReader = {
    cell: (column) => {
      const position = columns[column];
      return position === undefined ? '' : unguardFormula(row.fields[position] ?? '');
    },
    fail: (message) => {
      failed = true;
      problems.push(importError(row.line, message));
    },
  };
  const optionTexts = readOptions(reader);
  const kindType = reader.cell('type').trim().toLowerCase();
  const kind = isKindType(kindType)
    ? readKindRow(kindType, optionTexts, reader.cell('correct').trim(), reader.fail)
    : null;
  const correct = kind ? new Set<number>() : readCorrectLetters(reader, optionTexts.length);
  const options: ImportedOption[] =
    kind?.options ?? optionTexts.map((text, i) => ({ text, correct: correct.has(i) }));
  const question: ImportedQuestion = {
    ...kind?.fields,
    line: row.line,
    type: kind ? 'single' : readType(reader, correct.size),
    stem: reader.cell('stem').trim(),
    options,
    explanation: reader.cell('explanation').trim(),
    references: readReferenceLines(reader.cell('references'), reader.fail),
  };
  const difficulty = readDifficulty(reader);
  const objective = reader.cell('objective').trim();
  const name = reader.cell('name').trim();
  const category = reader.cell('category').trim();
  if (category !== '') question.category = category;
  if (difficulty !== undefined) question.difficulty = difficulty;
  if (objective !== '') question.objectiveCode = objective;
  if (name !== '') question.name = name;
  return failed ? null : question;
}
