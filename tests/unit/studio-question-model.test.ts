import { describe, expect, it } from 'vitest';
import { parseQuestionFile, QUESTION_FILE_CODECS } from '../../lib/studio/formats';
import {
  describeExportedQuestion,
  hasBlockingProblems,
  optionIdAt,
  QUESTION_FILE_FORMATS,
  toExportQuestion,
  type ImportedQuestion,
} from '../../lib/studio/question-model';
import {
  acceptValidQuestions,
  excerpt,
  findQuestionViolations,
  isHttpUrl,
} from '../../lib/studio/validate-question';

const valid: ImportedQuestion = {
  line: 3,
  type: 'single',
  stem: 'Which?',
  options: [
    { text: 'a', correct: true },
    { text: 'b', correct: false },
  ],
  explanation: '',
  references: [],
};

describe('findQuestionViolations (the product rules)', () => {
  it('accepts a valid question', () => {
    expect(findQuestionViolations(valid)).toEqual([]);
  });

  it('names each broken rule', () => {
    expect(findQuestionViolations({ ...valid, stem: '  ' })).toEqual(['has an empty stem']);
    expect(findQuestionViolations({ ...valid, options: [{ text: 'a', correct: true }] })).toEqual([
      'needs at least 2 options (found 1)',
    ]);
    expect(
      findQuestionViolations({
        ...valid,
        options: [
          { text: 'a', correct: false },
          { text: ' ', correct: false },
        ],
      }),
    ).toEqual(['option 2 has no text', 'has no correct option']);
    expect(
      findQuestionViolations({ ...valid, options: valid.options.map((o) => ({ ...o, correct: true })) }),
    ).toEqual(['is single response but has 2 correct options (exactly 1 needed)']);
    expect(
      findQuestionViolations({
        ...valid,
        type: 'multiple',
        options: valid.options.map((o) => ({ ...o, correct: true })),
      }),
    ).toEqual([]);
    expect(findQuestionViolations({ ...valid, difficulty: 4 as never })).toEqual([
      'has difficulty 4 (1, 2 or 3 expected)',
    ]);
    expect(
      findQuestionViolations({ ...valid, references: [{ title: '', url: 'javascript:alert(1)' }] }),
    ).toEqual(['reference 1 has no title', 'reference 1 URL "javascript:alert(1)" is not an http(s) URL']);
  });

  it('keeps the valid questions and turns violations into errors at the question line, sorted by line', () => {
    const result = acceptValidQuestions(
      [{ ...valid, line: 9, name: 'Broken', stem: '' }, valid],
      [{ line: 5, message: 'earlier', severity: 'unsupported' }],
    );
    expect(result.questions).toEqual([valid]);
    expect(result.problems).toEqual([
      { line: 5, message: 'earlier', severity: 'unsupported' },
      { line: 9, message: 'Question "Broken" has an empty stem', severity: 'error' },
    ]);
    expect(hasBlockingProblems(result)).toBe(true);
    expect(
      hasBlockingProblems({ questions: [], problems: [{ line: 1, message: 'x', severity: 'unsupported' }] }),
    ).toBe(false);
  });
});

describe('model helpers', () => {
  it('assigns option ids as the seeds do and stays unique past z', () => {
    expect([0, 1, 25, 26].map(optionIdAt)).toEqual(['a', 'b', 'z', 'o27']);
  });

  it('converts an imported question to the stored/exported shape', () => {
    const imported: ImportedQuestion = {
      ...valid,
      name: 'N',
      options: [
        { text: 'a', correct: true, weight: 100, feedback: 'f' },
        { text: 'b', correct: false, weight: 0 },
      ],
    };
    expect(toExportQuestion(imported)).toEqual({
      name: 'N',
      type: 'single',
      stem: 'Which?',
      options: [
        { id: 'a', text: 'a', correct: true, feedback: 'f' },
        { id: 'b', text: 'b', correct: false },
      ],
      explanation: '',
      references: [],
    });
  });

  it('describes a question by id, then name, then position', () => {
    const base = toExportQuestion(valid);
    expect(describeExportedQuestion({ ...base, id: 5, name: 'n' }, 0)).toBe('5');
    expect(describeExportedQuestion({ ...base, name: 'n' }, 0)).toBe('n');
    expect(describeExportedQuestion(base, 2)).toBe('#3');
  });

  it('checks URLs and shortens long texts', () => {
    expect(isHttpUrl('https://a.example/x')).toBe(true);
    expect(isHttpUrl('ftp://a.example/')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
    expect(excerpt('a\n  b')).toBe('a b');
    expect(excerpt('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('has a parser and an exporter for every format', () => {
    expect(Object.keys(QUESTION_FILE_CODECS).sort()).toEqual([...QUESTION_FILE_FORMATS].sort());
    expect(parseQuestionFile('aiken', 'Q\nA. a\nB. b\nANSWER: A').questions).toHaveLength(1);
  });
});
