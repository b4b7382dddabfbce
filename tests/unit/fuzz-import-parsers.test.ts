import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult, QuestionFileFormat } from '@/lib/studio/question-model';
import { parseQuestionFile } from '@/lib/studio/formats';
import { studioFixture } from '../helpers/fixtures';

const VALID: Record<QuestionFileFormat, string> = {
  gift: studioFixture('valid.gift'),
  aiken: studioFixture('valid.aiken.txt'),
  csv: studioFixture('valid.csv'),
  json: studioFixture('valid.json'),
};
const FORMATS = Object.keys(VALID) as QuestionFileFormat[];
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** The format's own syntax characters, so generated input reaches deep into each parser. */
const syntax = fc.constantFrom(
  '{',
  '}',
  '=',
  '~',
  '#',
  '####',
  '::',
  '$CATEGORY:',
  '//',
  '%50%',
  '->',
  '\\',
  '\n',
  '\n\n',
  '\r\n',
  'A) ',
  'B. ',
  'ANSWER: ',
  'ANSWER: Z',
  '"',
  '""',
  ',',
  ';',
  '[',
  ']',
  ':',
  'null',
  '{"questions":',
  '\u0000',
  '\uFEFF',
  'T',
  'FALSE',
  '[markdown]',
  ' ',
);

/** Random text, random syntax soup, or a valid file with a random cut and splice. */
function hostileFile(format: QuestionFileFormat): fc.Arbitrary<string> {
  const valid = VALID[format];
  return fc.oneof(
    fc.string({ maxLength: 400 }),
    fc
      .array(fc.oneof(syntax, fc.string({ maxLength: 12 })), { maxLength: 80 })
      .map((parts) => parts.join('')),
    fc
      .tuple(fc.nat(valid.length), fc.nat(valid.length), fc.oneof(syntax, fc.string({ maxLength: 20 })))
      .map(([a, b, insert]) => valid.slice(0, Math.min(a, b)) + insert + valid.slice(Math.max(a, b))),
  );
}

function expectWellFormed(result: ParseResult, source: string) {
  const lineCount = source.split(/\r\n|\r|\n/).length;
  for (const problem of result.problems) {
    expect(problem.message.trim().length).toBeGreaterThan(0);
    expect(Number.isInteger(problem.line)).toBe(true);
    expect(problem.line).toBeGreaterThanOrEqual(0);
    expect(problem.line).toBeLessThanOrEqual(lineCount + 1);
    expect(['error', 'unsupported', 'warning']).toContain(problem.severity);
  }
  for (const question of result.questions) {
    // Whatever a parser accepts satisfies the product rules.
    expect(question.stem.trim().length).toBeGreaterThan(0);
    expect(question.options.length).toBeGreaterThanOrEqual(2);
    const correct = question.options.filter((o) => o.correct).length;
    expect(correct).toBeGreaterThanOrEqual(1);
    if (question.type === 'single') expect(correct).toBe(1);
  }
}

describe('fuzzing the import parsers', () => {
  for (const format of FORMATS) {
    it(`${format}: never throws; every problem has a message and a line; every accepted question is valid`, () => {
      fc.assert(
        fc.property(hostileFile(format), (source) => {
          const result = parseQuestionFile(format, source);
          expectWellFormed(result, source);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('the untouched fixtures still parse without problems (the generators start from valid files)', () => {
    for (const format of FORMATS)
      expect(parseQuestionFile(format, VALID[format]).problems.filter((p) => p.severity === 'error')).toEqual(
        [],
      );
  });
});
