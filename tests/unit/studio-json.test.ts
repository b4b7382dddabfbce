import { describe, expect, it } from 'vitest';
import { exportJson, parseJson } from '../../lib/studio/formats/json';
import { lineOfPath, scanJson } from '../../lib/studio/formats/json-locate';
import { studioFixture } from '../helpers/fixtures';

describe('parseJson', () => {
  it('reads the documented document, with the line where each question starts', () => {
    const result = parseJson(studioFixture('valid.json'));
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      {
        line: 5,
        name: 'S3',
        type: 'single',
        stem: 'Which service stores **objects**?',
        options: [
          { text: 'Amazon EBS', correct: false },
          { text: 'Amazon S3', correct: true, feedback: 'Yes.' },
          { text: 'Amazon EFS', correct: false },
        ],
        explanation: 'S3 is object storage.',
        references: [{ title: 'S3 docs', url: 'https://docs.aws.amazon.com/s3/' }],
        objectiveCode: '1.2',
        difficulty: 2,
      },
      {
        line: 19,
        type: 'multiple',
        stem: 'Pick the serverless services',
        options: [
          { text: 'AWS Lambda', correct: true },
          { text: 'Amazon EC2', correct: false },
          { text: 'Amazon DynamoDB', correct: true },
        ],
        explanation: '',
        references: [],
      },
    ]);
  });

  it('accepts a bare array of questions', () => {
    const result = parseJson('[{"stem":"Q","options":[{"text":"a","correct":true},{"text":"b"}]}]');
    expect(result.problems).toEqual([]);
    expect(result.questions[0]).toMatchObject({ line: 1, type: 'single' });
  });

  it('names the line of a syntax error', () => {
    expect(parseJson('{\n  "version": 1,\n  "questions": [\n    {"stem": tru}\n  ]\n}').problems).toEqual([
      { line: 4, severity: 'error', message: 'Invalid JSON: Unexpected character "t"' },
    ]);
    expect(parseJson('{\n"version": 1,\n}').problems[0]).toMatchObject({
      line: 3,
      message: 'Invalid JSON: Expected a property name in double quotes',
    });
    expect(parseJson('{"a": "line\nbreak"}').problems[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/Line break or control character/),
    });
    expect(parseJson('').problems[0]).toMatchObject({
      line: 1,
      message: 'Invalid JSON: Unexpected end of the file',
    });
    expect(parseJson('{} {}').problems[0]!.message).toMatch(/after the end/);
  });

  it('reports schema problems with their path and line, and keeps the valid questions', () => {
    const source = [
      '{',
      '  "version": 1,',
      '  "questions": [',
      '    { "stem": "Good", "options": [{ "text": "a", "correct": true }, { "text": "b" }] },',
      '    {',
      '      "stem": "Bad",',
      '      "options": [',
      '        { "text": "a", "correct": "yes" },',
      '        { "text": "b" }',
      '      ],',
      '      "explaination": "typo",',
      '      "difficulty": 5',
      '    },',
      '    { "stem": "Only one", "options": [{ "text": "a", "correct": true }] }',
      '  ]',
      '}',
    ].join('\n');
    const result = parseJson(source);
    expect(result.questions.map((q) => q.stem)).toEqual(['Good']);
    expect(result.problems).toEqual([
      { line: 5, severity: 'error', message: 'questions[1]: Unrecognized key: "explaination"' },
      {
        line: 8,
        severity: 'error',
        message: 'questions[1].options[0].correct: Invalid input: expected boolean, received string',
      },
      { line: 12, severity: 'error', message: 'questions[1].difficulty: must be 1, 2 or 3' },
      { line: 14, severity: 'error', message: 'Question "Only one" needs at least 2 options (found 1)' },
    ]);
  });

  it('reports a wrong envelope', () => {
    expect(parseJson('{"version": 2, "questions": []}').problems).toEqual([
      { line: 1, severity: 'error', message: 'version: Invalid input: expected 1' },
    ]);
    expect(parseJson('"just a string"').problems[0]!.message).toMatch(/^\(document\): /);
  });

  it('refuses a hostile nesting depth instead of overflowing the stack', () => {
    expect(parseJson('['.repeat(100_000)).problems[0]!.message).toMatch(/Nesting deeper than/);
  });
});

describe('scanJson', () => {
  it('records the line of every value and falls back to the nearest ancestor', () => {
    const scan = scanJson('{\n "a": [\n  1,\n  {"b": "x\\"y"}\n ]\n}');
    expect(scan.ok).toBe(true);
    if (!scan.ok) return;
    expect(lineOfPath(scan.lines, ['a', 1, 'b'])).toBe(4);
    expect(lineOfPath(scan.lines, ['a', 0])).toBe(3);
    expect(lineOfPath(scan.lines, ['a', 9, 'zz'])).toBe(2);
  });
});

describe('exportJson', () => {
  it('writes the envelope and every field', () => {
    const { text, exported, problems } = exportJson([
      {
        id: 3,
        name: 'N',
        type: 'single',
        stem: 'S',
        options: [
          { id: 'a', text: 'A', correct: true, feedback: 'F' },
          { id: 'b', text: 'B', correct: false },
        ],
        explanation: 'E',
        references: [{ title: 'T', url: 'https://example.com/' }],
        objectiveCode: '1.1',
        difficulty: 1,
      },
    ]);
    expect(exported).toBe(1);
    expect(problems).toEqual([]);
    expect(JSON.parse(text)).toEqual({
      format: 'pingtopass-questions',
      version: 1,
      questions: [
        {
          name: 'N',
          type: 'single',
          stem: 'S',
          options: [
            { text: 'A', correct: true, feedback: 'F' },
            { text: 'B', correct: false },
          ],
          explanation: 'E',
          references: [{ title: 'T', url: 'https://example.com/' }],
          objective: '1.1',
          difficulty: 1,
        },
      ],
    });
  });
});
