import { describe, expect, it } from 'vitest';
import { exportCsv, parseCsv } from '../../lib/studio/formats/csv';
import {
  guardFormula,
  readCsvRecords,
  unguardFormula,
  writeCsvRecord,
} from '../../lib/studio/formats/csv-records';
import type { ExportQuestion } from '../../lib/studio/question-model';
import { studioFixture } from '../helpers/fixtures';

const HEADER = 'type,stem,option_a,option_b,option_c,correct,difficulty';

describe('readCsvRecords (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and remembers where each record starts', () => {
    const { records, problems } = readCsvRecords(
      'a,"b,c","say ""hi"""\r\n"multi\r\nline",x,\r\n\r\nlast,,"\n"',
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b,c', 'say "hi"'] },
      { line: 2, fields: ['multi\nline', 'x', ''] },
      { line: 5, fields: ['last', '', '\n'] },
    ]);
  });

  it('reports an unclosed quote at the line it opened; stray quotes are kept as written, as Excel reads them', () => {
    expect(readCsvRecords('a,b\n"open,\nstill open').problems).toEqual([
      { line: 2, severity: 'error', message: 'A quoted field is never closed: the file ends inside "…"' },
    ]);
    expect(readCsvRecords('"a"b,5" screen').records).toEqual([{ line: 1, fields: ['"a"b', '5" screen'] }]);
  });

  it('writes quotes only where needed, with CRLF', () => {
    expect(writeCsvRecord(['plain', 'a,b', 'say "x"', 'two\nlines', ' padded'])).toBe(
      'plain,"a,b","say ""x""","two\nlines"," padded"\r\n',
    );
  });

  it('guards values a spreadsheet would run as formulas and restores them exactly', () => {
    for (const value of ['=1+1', '+1', '-1', '@SUM(A1)', "'=already", "''=two", 'plain', "it's"]) {
      expect(unguardFormula(guardFormula(value))).toBe(value);
    }
    expect(guardFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(guardFormula('plain')).toBe('plain');
  });
});

describe('parseCsv', () => {
  it('reads the documented columns, letters and references; a record with line breaks spans lines', () => {
    const result = parseCsv(studioFixture('valid.csv'));
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      {
        line: 2,
        type: 'single',
        stem: 'Which service stores objects, not blocks?',
        options: [
          { text: 'Amazon EBS', correct: false },
          { text: 'Amazon S3', correct: true },
          { text: 'Amazon EFS', correct: false },
        ],
        explanation: 'S3 is **object** storage.\nEBS is block storage.',
        references: [
          { title: 'Amazon S3', url: 'https://docs.aws.amazon.com/s3/' },
          { title: 'https://aws.amazon.com/s3/', url: 'https://aws.amazon.com/s3/' },
        ],
        objectiveCode: '1.2',
        difficulty: 1,
      },
      expect.objectContaining({
        line: 5,
        type: 'multiple',
        stem: 'Pick the "serverless" services',
        objectiveCode: '2',
        difficulty: 3,
      }),
      expect.objectContaining({
        line: 6,
        type: 'single',
        options: [
          { text: 'yes', correct: true },
          { text: 'no', correct: false },
        ],
      }),
    ]);
    expect(result.questions[1]!.options.map((o) => o.correct)).toEqual([true, false, true]);
  });

  it('requires a header with the required columns and no unknown ones', () => {
    expect(parseCsv('').problems).toEqual([
      { line: 1, severity: 'error', message: 'The file is empty: a header row is required' },
    ]);
    expect(parseCsv('stem,option_a,correct\nx,y,A').problems).toEqual([
      { line: 1, severity: 'error', message: 'Header row is missing required column(s): option_b' },
    ]);
    expect(parseCsv('stem,option_a,option_b,correct,answer\n').problems[0]!.message).toMatch(
      /Unknown column "answer"/,
    );
    expect(parseCsv('stem,option_a,option_b,correct,STEM\n').problems[0]!.message).toBe(
      'Column "stem" appears twice',
    );
  });

  it('reports each bad row with its line and keeps the good ones', () => {
    const csv = [
      HEADER,
      'single,Good,a,b,,A,2',
      'single,Too few fields,a,b',
      'single,Bad letter,a,b,,Z,',
      'single,Empty option chosen,a,b,,C,',
      'single,Two keys for single,a,b,c,A;B,',
      'odd,Bad type,a,b,,A,',
      'single,Bad difficulty,a,b,,A,4',
      'single,Gap,a,,c,A,',
      'single,No key,a,b,,,',
      'single,,a,b,,A,',
    ].join('\n');
    const result = parseCsv(csv);
    expect(result.questions.map((q) => q.stem)).toEqual(['Good']);
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'Row has 4 fields but the header has 7'],
      [4, 'correct: "Z" is not an option letter A–F'],
      [5, 'correct: option C is empty'],
      [6, 'Question "Two keys for single" is single response but has 2 correct options (exactly 1 needed)'],
      [7, 'type "odd" must be single, multiple, matching or ordering'],
      [8, 'difficulty "4" must be 1, 2 or 3'],
      [9, 'option_c is filled but option_b is empty'],
      [10, 'correct is empty: give the letter(s) of the right option(s), e.g. "B" or "A;C"'],
      [11, 'Question has an empty stem'],
    ]);
  });

  it('counts the line of a record after a multi-line quoted field', () => {
    const result = parseCsv(`${HEADER}\nsingle,"two\nlines",a,b,,A,\nsingle,after,a,b,,Q,`);
    expect(result.problems).toEqual([
      { line: 4, severity: 'error', message: 'correct: "Q" is not an option letter A–F' },
    ]);
  });

  it('reports a malformed reference', () => {
    const result = parseCsv('stem,option_a,option_b,correct,references\nQ,a,b,A,not a url at all');
    expect(result.problems[0]!.message).toMatch(/references: "not a url at all" should be/);
  });
});

describe('exportCsv', () => {
  const question: ExportQuestion = {
    name: 'S3',
    type: 'multiple',
    stem: 'Pick, "quoted"\nsecond line',
    options: [
      { id: 'a', text: '=1+1', correct: true },
      { id: 'b', text: 'b', correct: false },
      { id: 'c', text: 'c', correct: true },
    ],
    explanation: 'why',
    references: [{ title: 'Docs', url: 'https://example.com/' }],
    objectiveCode: '1.2',
    difficulty: 2,
  };

  it('writes the header and one guarded, quoted row per question', () => {
    expect(exportCsv([question]).text).toBe(
      'type,stem,option_a,option_b,option_c,option_d,option_e,option_f,correct,explanation,objective,difficulty,references,name,category\r\n' +
        `multiple,"Pick, ""quoted""\nsecond line",'=1+1,b,c,,,,A;C,why,1.2,2,Docs <https://example.com/>,S3,\r\n`,
    );
  });

  it('reports questions with more than six options', () => {
    const seven = {
      ...question,
      options: Array.from({ length: 7 }, (_, i) => ({ id: String(i), text: `o${i}`, correct: i === 0 })),
    };
    expect(exportCsv([seven]).problems).toEqual([
      { question: 'S3', message: 'Not exportable: CSV holds at most 6 options' },
    ]);
  });
});
