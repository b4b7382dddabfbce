import { describe, expect, it } from 'vitest';
import { exportQuestionFile, parseQuestionFile } from '../../lib/studio/formats';
import {
  toExportQuestion,
  type ExportQuestion,
  type QuestionFileFormat,
} from '../../lib/studio/question-model';

/**
 * Export then import must give back the same questions for the data each format can carry:
 * GIFT and JSON everything (CSV all but option feedback), Aiken stem, options and key.
 */

const TRICKY: ExportQuestion[] = [
  {
    id: 1,
    name: 'Markdown: code & specials',
    category: 'AWS/Storage',
    type: 'single',
    stem: 'Given\n\n```js\nconst o = { a: 1 }; // ~x = #y\n```\n\nwhich is **true**? Use `a\\b` and 100% {braces}.',
    options: [
      { id: 'a', text: '=starts with equals', correct: false, feedback: 'No: see #3' },
      { id: 'b', text: '%50% looks like a weight', correct: true, feedback: 'Yes ~ right' },
      { id: 'c', text: '[html] looks like a format tag', correct: false },
      { id: 'd', text: '-1, "quoted", comma; semicolon', correct: false },
    ],
    explanation: 'Because:\n- one\n- two\n\n> quote with \\ backslash',
    references: [
      { title: 'Docs [v2] \\ backslash', url: 'https://docs.example.com/a?b=c&d=e#frag' },
      { title: 'Second', url: 'http://example.org/' },
    ],
    objectiveCode: '1.2',
    difficulty: 3,
  },
  {
    id: 2,
    name: 'Multiple',
    category: 'AWS/Storage',
    type: 'multiple',
    stem: 'Pick the unicode ones: é, 漢字, 🙂',
    options: [
      { id: 'a', text: 'é', correct: true },
      { id: 'b', text: 'plain', correct: false },
      { id: 'c', text: '漢字', correct: true },
      { id: 'd', text: '🙂', correct: true },
    ],
    explanation: '',
    references: [],
    difficulty: 1,
  },
  {
    id: 3,
    category: 'AWS/Compute',
    type: 'single',
    stem: 'A question without a name, objective or difficulty',
    options: [
      { id: 'a', text: '@mention', correct: true },
      { id: 'b', text: '+plus', correct: false },
    ],
    explanation: 'Short.',
    references: [],
  },
];

function withoutId(question: ExportQuestion): ExportQuestion {
  const copy = { ...question };
  delete copy.id;
  return copy;
}

function roundTrip(format: QuestionFileFormat, questions: ExportQuestion[]): ExportQuestion[] {
  const exported = exportQuestionFile(format, questions);
  expect(exported.problems).toEqual([]);
  const parsed = parseQuestionFile(format, exported.text);
  expect(parsed.problems).toEqual([]);
  return parsed.questions.map(toExportQuestion);
}

function withoutCsvLoss(question: ExportQuestion): ExportQuestion {
  const copy = withoutId(question);
  copy.options = copy.options.map(({ id, text, correct }) => ({ id, text, correct }));
  return copy;
}

describe('export then import gives the same questions', () => {
  it('GIFT carries everything', () => {
    expect(roundTrip('gift', TRICKY)).toEqual(TRICKY.map(withoutId));
  });

  it('JSON carries everything', () => {
    expect(roundTrip('json', TRICKY)).toEqual(TRICKY.map(withoutId));
  });

  it('CSV carries everything but option feedback', () => {
    expect(roundTrip('csv', TRICKY)).toEqual(TRICKY.map(withoutCsvLoss));
  });

  it('Aiken carries stem, options and key of single-response questions', () => {
    const single = TRICKY[2]!;
    const [back] = roundTrip('aiken', [single]);
    expect(back).toEqual({
      type: 'single',
      stem: single.stem,
      options: single.options,
      explanation: '',
      references: [],
    });
  });
});

/** Deterministic pseudo-random text (mulberry32), rich in every character the formats treat specially. */
function makeRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Whole code points: a lone surrogate half of the emoji cannot exist in a real (UTF-8) file.
  const ALPHABET = Array.from('aZ09 \\#=~{}:%[]<>"\',;-+@|/*_`é🙂\n');
  const text = (multiLine: boolean) => {
    const length = 1 + Math.floor(next() * 24);
    let value = '';
    for (let i = 0; i < length; i++) value += ALPHABET[Math.floor(next() * ALPHABET.length)] ?? '';
    const cleaned = (multiLine ? value : value.replace(/\n/g, ' ')).trim();
    return cleaned === '' ? 'x' : cleaned;
  };
  return { next, text };
}

function randomQuestion(random: ReturnType<typeof makeRandom>, index: number): ExportQuestion {
  const optionCount = 2 + Math.floor(random.next() * 5);
  const keyIndex = Math.floor(random.next() * optionCount);
  const multiple = random.next() < 0.4;
  return {
    name: `Q${index} ${random.text(false)}`,
    type: multiple ? 'multiple' : 'single',
    stem: random.text(true),
    options: Array.from({ length: optionCount }, (_, i) => ({
      id: String.fromCharCode(97 + i),
      text: `${i}${random.text(true)}`,
      correct: i === keyIndex || (multiple && random.next() < 0.4),
    })),
    explanation: random.next() < 0.5 ? random.text(true) : '',
    references:
      random.next() < 0.5
        ? [{ title: random.text(false), url: `https://example.com/${index}?q=${index}` }]
        : [],
    objectiveCode: `${index % 3}.${index % 5}`,
    difficulty: ((index % 3) + 1) as 1 | 2 | 3,
  };
}

describe('round trips of 200 random questions full of special characters', () => {
  const random = makeRandom(20260101);
  const questions = Array.from({ length: 200 }, (_, i) => randomQuestion(random, i));

  it.each(['gift', 'json', 'csv'] as const)('%s', (format) => {
    expect(roundTrip(format, questions)).toEqual(questions);
  });
});
