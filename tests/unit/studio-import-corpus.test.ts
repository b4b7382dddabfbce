import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportQuestionFile } from '../../lib/studio/formats';
import { readQuestionFile } from '../../lib/studio/formats/read-file';
import { toExportQuestion, type QuestionFileFormat } from '../../lib/studio/question-model';

/**
 * Our own corpus (tests/fixtures/import): Moodle's documented GIFT syntax, Aiken, and the files
 * spreadsheets and editors really write. Each is read from its bytes, then exported and imported
 * again: the second import must give the same questions (titles and categories included).
 */

const read = (name: string) => readFileSync(path.join(__dirname, '../fixtures/import', name));

function importBytes(format: QuestionFileFormat, name: string) {
  const result = readQuestionFile(format, { bytes: read(name) });
  if (!result.ok) throw new Error(result.message);
  return result;
}

function roundTrip(format: QuestionFileFormat, name: string) {
  const first = importBytes(format, name).result.questions.map(toExportQuestion);
  const exported = exportQuestionFile(format, first);
  expect(exported.problems).toEqual([]);
  const again = readQuestionFile(format, { bytes: new TextEncoder().encode(exported.text) });
  if (!again.ok) throw new Error(again.message);
  expect(again.result.problems).toEqual([]);
  return { first, second: again.result.questions.map(toExportQuestion) };
}

const SPREADSHEETS = [
  ['excel-comma-windows-1252.csv', 'Windows-1252', ','],
  ['excel-semicolon-windows-1252.csv', 'Windows-1252', ';'],
  ['excel-unicode-text-utf16le.txt', 'UTF-16LE', '\t'],
  ['excel-csv-utf8-bom.csv', 'UTF-8', ','],
  ['mac-cr-only.csv', 'UTF-8', ','],
] as const;

describe('spreadsheet files', () => {
  it.each(SPREADSHEETS)('%s is read as %s with delimiter %j', (name, encoding, delimiter) => {
    const { result, ...how } = importBytes('csv', name);
    expect(how).toEqual({ ok: true, encoding, delimiter });
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => [q.line, q.name, q.category, q.stem])).toEqual([
      [2, 'Puerto', 'Test objective one', 'Según el sistema, ¿qué puerto usa HTTPS?'],
      [3, 'Años', '2', 'Camión, niño y acción: ¿cuántas tildes?'],
    ]);
    expect(result.questions[1]!.options.map((o) => o.correct)).toEqual([false, true, false]);
  });

  it.each(SPREADSHEETS)('%s round-trips through export', (name) => {
    const { first, second } = roundTrip('csv', name);
    expect(second).toEqual(first);
  });
});

describe("Moodle's documented GIFT syntax", () => {
  const { result, encoding } = importBytes('gift', 'moodle-syntax.gift');

  it('imports every supported question with its title and category', () => {
    expect(encoding).toBe('UTF-8');
    expect(result.questions.map((q) => q.name)).toEqual([
      'Thanksgiving',
      'Feedback',
      'Escapes',
      'Html',
      'Moodle default',
      'Markdown',
      'Plain',
      'Multiple answers',
      'TF',
      'F',
      'Partial',
      'Matching',
    ]);
    expect(new Set(result.questions.map((q) => q.category))).toEqual(
      new Set(['$course$/top/Test objective one']),
    );
    const byName = (name: string) => result.questions.find((q) => q.name === name)!;
    expect(byName('Escapes').stem).toBe(
      'Which of these is a literal brace { and an equals sign =?\nPick one.',
    );
    expect(byName('Html').stem).toContain('[the S3 page](https://example.org/s3)');
    expect(byName('Moodle default').options.map((o) => o.text)).toEqual(['respuesta 1', 'respuesta 2']);
    expect(byName('Multiple answers')).toMatchObject({ type: 'multiple' });
    expect(byName('Multiple answers').options.map((o) => o.correct)).toEqual([false, true, true, false]);
  });

  it('warns on partial credit and skips what it cannot hold, each on its line, blocking nothing', () => {
    expect(result.problems.map((p) => [p.line, p.severity])).toEqual([
      [60, 'warning'],
      [65, 'unsupported'],
      [68, 'unsupported'],
      [70, 'unsupported'],
      [78, 'unsupported'],
      [80, 'unsupported'],
      [82, 'unsupported'],
    ]);
    expect(result.problems[2]!.message).toMatch(/"Short answer" is a short-answer question/);
    // Matching questions import since issue 20, with partial credit as Moodle scores them.
    expect(result.questions.find((q) => q.name === 'Matching')).toMatchObject({
      kind: 'matching',
      partialCredit: true,
    });
  });

  it('round-trips through export', () => {
    const { first, second } = roundTrip('gift', 'moodle-syntax.gift');
    expect(second).toEqual(first);
  });

  it('reads a Notepad "ANSI" (Windows-1252) GIFT file with CRLF line ends', () => {
    const notepad = importBytes('gift', 'notepad-ansi-windows-1252.gift');
    expect(notepad.encoding).toBe('Windows-1252');
    expect(notepad.result.questions.map((q) => q.stem)).toEqual([
      'Según el sistema, ¿qué puerto usa HTTPS?',
      '¿Cuántas tildes tiene "acción"?',
    ]);
    const { first, second } = roundTrip('gift', 'notepad-ansi-windows-1252.gift');
    expect(second).toEqual(first);
  });
});

describe('Aiken', () => {
  it('imports and round-trips', () => {
    expect(importBytes('aiken', 'aiken.txt').result.questions).toHaveLength(2);
    const { first, second } = roundTrip('aiken', 'aiken.txt');
    expect(second).toEqual(first);
  });
});
