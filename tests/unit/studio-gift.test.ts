import { describe, expect, it } from 'vitest';
import { parseGift } from '../../lib/studio/formats/gift';
import { hasBlockingProblems } from '../../lib/studio/question-model';
import { studioFixture } from '../helpers/fixtures';

describe('parseGift on a file using every supported feature', () => {
  const result = parseGift(studioFixture('valid.gift'));
  const byName = (name: string) => result.questions.find((q) => q.name === name)!;

  it('reads every question; the one weight a single-response question cannot keep is a warning on its line', () => {
    expect(result.problems).toEqual([
      { line: 15, severity: 'warning', message: expect.stringMatching(/^Answer weight -50% is not kept/) },
    ]);
    expect(result.questions.map((q) => q.name)).toEqual([
      'S3 storage class',
      'Regions',
      'Pick two',
      'Weights',
      'Escapes',
      'TF',
      'False',
    ]);
  });

  it('reads name, format tag, answers, feedback, general feedback, category, metadata and line', () => {
    expect(byName('S3 storage class')).toEqual({
      line: 8,
      name: 'S3 storage class',
      category: '$course$/top/AWS Cloud Practitioner',
      type: 'single',
      stem: 'Which storage does **Amazon S3** provide? See http://example.com/a//b',
      options: [
        {
          text: 'Object storage',
          correct: true,
          weight: 100,
          feedback: 'Right: S3 stores objects in buckets.',
        },
        { text: 'Block storage', correct: false, weight: 0, feedback: 'No, that is EBS.' },
        { text: 'File storage', correct: false, weight: 0, feedback: 'No, that is EFS.' },
      ],
      explanation: 'S3 is object storage; EBS is block storage and EFS is file storage.',
      references: [{ title: 'Amazon S3 documentation', url: 'https://docs.aws.amazon.com/s3/' }],
      objectiveCode: '1.2',
      difficulty: 1,
    });
  });

  it('keeps = as the key of a single-response question even next to weighted ~ answers', () => {
    const regions = byName('Regions');
    expect(regions.type).toBe('single');
    expect(regions.options).toEqual([
      { text: '1', correct: false, weight: 0 },
      { text: '2', correct: false, weight: -50 },
      { text: '3', correct: true, weight: 100, feedback: 'Yes' },
    ]);
  });

  it('makes a question without = a multiple-response one, right where the weight is positive', () => {
    const pickTwo = byName('Pick two');
    expect(pickTwo.type).toBe('multiple');
    expect(pickTwo.options.map((o) => [o.text, o.correct, o.weight])).toEqual([
      ['AWS Lambda', true, 50],
      ['Amazon DynamoDB', true, 50],
      ['Amazon EC2', false, -100],
      ['Amazon RDS', false, -100],
    ]);
    expect(byName('Weights').options.map((o) => o.weight)).toEqual([33.33333, 33.33333, 33.33334, -100]);
  });

  it('turns escapes into literal characters and \\n into a line break', () => {
    const escapes = byName('Escapes');
    expect(escapes.stem).toBe('Literal ~ = # { } : and a backslash \\ and a\nnew line');
    expect(escapes.options).toEqual([
      { text: 'a = b', correct: true, weight: 100 },
      { text: 'c ~ d', correct: false, weight: 0, feedback: 'feedback with # hash' },
    ]);
  });

  it('turns true/false into a True/False pair with the feedback on the right option', () => {
    expect(byName('TF')).toMatchObject({
      type: 'single',
      options: [
        { text: 'True', correct: true, feedback: 'Correct, it is.' },
        { text: 'False', correct: false, feedback: 'Look outside.' },
      ],
    });
    expect(byName('False').options).toEqual([
      { text: 'True', correct: false },
      { text: 'False', correct: true },
    ]);
  });
});

describe('parseGift problems', () => {
  const result = parseGift(studioFixture('errors.gift'));
  const at = (line: number) => result.problems.filter((p) => p.line === line);

  it('keeps the good questions and names every bad one by line', () => {
    // "Matching" ({=a -> b =c -> d}) is a matching question, imported since issue 20.
    expect(result.questions.map((q) => q.name)).toEqual(['Good', 'Matching']);
    expect(hasBlockingProblems(result)).toBe(true);
    expect(result.problems.map((p) => p.line)).toEqual([3, 7, 9, 11, 13, 17, 19, 21, 23]);
    expect(at(23)[0]).toMatchObject({
      severity: 'unsupported',
      message: expect.stringMatching(/"Two keys" has 2 answers marked = .*keep one =/),
    });
  });

  it('reports malformed input as errors', () => {
    expect(at(3)).toEqual([{ line: 3, severity: 'error', message: expect.stringMatching(/Unclosed brace/) }]);
    expect(at(7)[0]).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/"One option" needs at least 2 options \(found 1\)/),
    });
    expect(at(9)[0]).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/"No key" has no correct option/),
    });
  });

  it('reports each type the product does not support as unsupported, with its line', () => {
    const unsupported = result.problems.filter((p) => p.severity === 'unsupported');
    expect(unsupported.map((p) => [p.line, p.message.match(/is an? ([\w-]+)/)?.[1]])).toEqual([
      [11, 'essay'],
      [13, 'numerical'],
      [17, 'short-answer'],
      [19, 'missing-word'],
      [21, 'description'],
      [23, undefined],
    ]);
  });
});

describe('parseGift on a Moodle export', () => {
  it('reads the [html] texts, the category and the objective tag, ignoring [id:…] and other tags', () => {
    const result = parseGift(studioFixture('moodle-export.gift'));
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      {
        line: 8,
        name: 'S3 durability',
        category: '$course$/top/Default for AWS',
        type: 'single',
        stem: 'What durability does **Amazon S3 Standard** offer?',
        options: [
          { text: '99.999999999% (11 nines)', correct: true, weight: 100, feedback: 'Right.' },
          { text: '99.99%', correct: false, weight: 0, feedback: 'That is the availability figure.' },
          { text: '99.9%', correct: false, weight: 0 },
        ],
        explanation: 'S3 Standard is designed for 11 nines of durability.',
        references: [],
        objectiveCode: '2.1',
      },
      expect.objectContaining({
        line: 17,
        name: 'Is S3 regional',
        stem: 'S3 buckets are created in a Region.',
        options: [
          { text: 'True', correct: true },
          { text: 'False', correct: false },
        ],
      }),
    ]);
  });
});

describe('parseGift edge cases', () => {
  it('drops comment-only blocks and comments inside a question, but keeps // in the middle of a line', () => {
    const result = parseGift(
      '// header\n// more\n\n::A:: x // not a comment {\n// a comment between answers\n=a\n~b\n}\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.questions).toHaveLength(1);
    expect(result.questions[0]).toMatchObject({
      line: 4,
      stem: 'x // not a comment',
      options: [{ text: 'a' }, { text: 'b' }],
    });
  });

  it('reads CRLF files and a byte order mark, and numbers lines as an editor does', () => {
    const result = parseGift('\uFEFF// c\r\n\r\n::A::Q{=a ~b}\r\n\r\n::B::Q{=a}\r\n');
    expect(result.questions[0]!.line).toBe(3);
    expect(result.problems[0]).toMatchObject({ line: 5, severity: 'unsupported' });
  });

  it('names the line of a bad answer inside a multi-line block', () => {
    const result = parseGift('::W::Stem {\n=a\n~%150%b\n}');
    expect(result.problems).toContainEqual({
      line: 3,
      severity: 'error',
      message: 'Answer weight 150% is outside -100%..100%',
    });
  });

  it('reports a closing brace without an opening one, an unclosed name and text before the first answer', () => {
    expect(parseGift('Stray } brace').problems[0]).toMatchObject({
      line: 1,
      severity: 'error',
      message: expect.stringMatching(/without an opening brace/),
    });
    expect(parseGift('::Name without end {=a ~b}').problems[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/never closed/),
    });
    expect(parseGift('Q {junk =a ~b}').problems[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/Text "junk" before the first answer/),
    });
  });

  it('requires $CATEGORY to stand alone', () => {
    const result = parseGift('$CATEGORY: a\n::Q::x {=a ~b}');
    expect(result.problems[0]).toMatchObject({
      line: 2,
      severity: 'error',
      message: expect.stringMatching(/block of its own/),
    });
  });

  it('uses the last #### as general feedback and the first # of an answer as its feedback', () => {
    const [question] = parseGift('Q {=a#one#two ~b ####general}').questions;
    expect(question).toMatchObject({
      explanation: 'general',
      options: [{ text: 'a', feedback: 'one#two' }, { text: 'b' }],
    });
  });

  it('turns [html] text (Moodle exports) into markdown and lets answers inherit the format', () => {
    const [question] = parseGift(
      '::H::[html]<p>Which is <b>bigger</b>?</p><p>5 &gt; 3</p>{=<i>five</i> ~three}',
    ).questions;
    expect(question!.stem).toBe('Which is **bigger**?\n\n5 > 3');
    expect(question!.options.map((o) => o.text)).toEqual(['*five*', 'three']);
  });

  it('reports an invalid difficulty tag', () => {
    const result = parseGift('// [tag:difficulty:hard]\nQ {=a ~b}');
    expect(result.problems).toEqual([
      { line: 1, severity: 'error', message: 'Difficulty tag "hard" must be 1, 2 or 3' },
    ]);
  });

  it('accepts a question whose stem is on several lines', () => {
    const [question] = parseGift('First line\nsecond line {\n=a\n~b\n}').questions;
    expect(question!.stem).toBe('First line\nsecond line');
  });

  it('returns nothing for an empty file', () => {
    expect(parseGift('')).toEqual({ questions: [], problems: [] });
  });
});
