import { describe, expect, it } from 'vitest';
import { exportAiken, parseAiken } from '../../lib/studio/formats/aiken';
import type { ExportQuestion } from '../../lib/studio/question-model';
import { studioFixture } from '../helpers/fixtures';

describe('parseAiken', () => {
  it('reads questions with . or ) labels, with or without blank lines between them', () => {
    const result = parseAiken(studioFixture('valid.aiken.txt'));
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      {
        line: 1,
        type: 'single',
        stem: 'Which AWS service stores objects?',
        options: [
          { text: 'Amazon EBS', correct: false },
          { text: 'Amazon S3', correct: true },
          { text: 'Amazon EFS', correct: false },
        ],
        explanation: '',
        references: [],
      },
      expect.objectContaining({
        line: 7,
        stem: 'What is 2 + 2?',
        options: [
          { text: '3', correct: false },
          { text: '4', correct: true },
        ],
      }),
      expect.objectContaining({ line: 11 }),
    ]);
  });

  it('numbers options by order, not by the letter written on them', () => {
    const [, , third] = parseAiken(studioFixture('valid.aiken.txt')).questions;
    expect(third!.options).toEqual([
      { text: 'Gamma', correct: false },
      { text: 'Alpha', correct: true },
    ]);
  });

  it('reports every listed error with its line', () => {
    const result = parseAiken(studioFixture('errors.aiken.txt'));
    expect(result.questions).toEqual([]);
    expect(result.problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [1, 'error', 'Option A before a question (a question line must come first)'],
      [2, 'error', 'ANSWER line before any question'],
      [4, 'error', 'Question has no ANSWER line before the next question starts on line 7'],
      [10, 'error', 'ANSWER C is past the last option (options A–B)'],
      [12, 'error', 'Question needs at least 2 options (found 1)'],
      [19, 'error', 'The answer line must be written "ANSWER: X" in capitals'],
      [21, 'error', 'Question has no ANSWER line before the end of the file'],
    ]);
  });

  it('reports an ANSWER that is not one capital letter', () => {
    expect(parseAiken('Q\nA. a\nB. b\nANSWER: AB').problems).toEqual([
      { line: 4, severity: 'error', message: 'ANSWER must be one capital letter, found "AB"' },
    ]);
    expect(parseAiken('Q\nA. a\nB. b\nANSWER:').problems[0]!.message).toMatch(/found ""/);
  });

  it('accepts an option label without a space and CRLF line ends', () => {
    const [question] = parseAiken('Q?\r\nA.one\r\nB)two\r\nANSWER: A\r\n').questions;
    expect(question!.options).toEqual([
      { text: 'one', correct: true },
      { text: 'two', correct: false },
    ]);
  });
});

describe('exportAiken', () => {
  const single: ExportQuestion = {
    id: 7,
    type: 'single',
    stem: 'Which?',
    options: [
      { id: 'a', text: 'One', correct: false },
      { id: 'b', text: 'Two', correct: true },
    ],
    explanation: 'Not exported: Aiken has no place for it',
    references: [],
  };

  it('writes stem, lettered options and the key', () => {
    expect(exportAiken([single])).toEqual({
      text: 'Which?\nA. One\nB. Two\nANSWER: B\n',
      exported: 1,
      problems: [],
    });
  });

  it('reports questions it cannot write instead of dropping them silently', () => {
    const multiple: ExportQuestion = {
      ...single,
      id: 8,
      type: 'multiple',
      options: single.options.map((o) => ({ ...o, correct: true })),
    };
    const multiLine: ExportQuestion = { ...single, id: 9, stem: 'Line one\nLine two' };
    const looksLikeOption: ExportQuestion = { ...single, id: 10, stem: 'A. trick stem' };
    const result = exportAiken([single, multiple, multiLine, looksLikeOption]);
    expect(result.exported).toBe(1);
    expect(result.problems).toEqual([
      { question: '8', message: 'Not exportable: Aiken holds single-response questions only' },
      {
        question: '9',
        message: 'Not exportable: the stem spans several lines; an Aiken question is one line',
      },
      { question: '10', message: 'Not exportable: the stem would read back as an option or ANSWER line' },
    ]);
  });
});
