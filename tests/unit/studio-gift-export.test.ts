import { describe, expect, it } from 'vitest';
import { exportGift } from '../../lib/studio/formats/gift';
import {
  escapeGiftText,
  protectGiftEscapes,
  restoreGiftEscapes,
} from '../../lib/studio/formats/gift-escapes';
import type { ExportQuestion } from '../../lib/studio/question-model';

/** GIFT escapes and export (the parser's tests are in studio-gift.test.ts). */

describe('GIFT escapes', () => {
  it('reads \\\\~ as a literal backslash followed by a real separator', () => {
    expect(restoreGiftEscapes(protectGiftEscapes('a\\\\~b'))).toBe('a\\~b');
    expect(protectGiftEscapes('a\\\\~b')).toContain('~');
  });

  it('escapes every special character on export and writes newlines as \\n', () => {
    expect(escapeGiftText('a\\b#c=d~e{f}g:h\ni\r\nj')).toBe('a\\\\b\\#c\\=d\\~e\\{f\\}g\\:h\\ni\\nj');
  });

  it('keeps unknown escapes as written', () => {
    expect(restoreGiftEscapes(protectGiftEscapes('C:\\temp \\x'))).toBe('C:\\temp \\x');
  });
});

describe('exportGift', () => {
  const question: ExportQuestion = {
    id: 42,
    name: 'Colon: name',
    category: 'AWS/Storage',
    type: 'single',
    stem: 'Is {x} = ~y?\nSecond line with # and \\',
    options: [
      { id: 'a', text: 'Yes', correct: true, feedback: 'Right #1' },
      { id: 'b', text: '%50% looks like a weight', correct: false },
      { id: 'c', text: '[html] looks like a tag', correct: false },
    ],
    explanation: 'Because: reasons',
    references: [{ title: 'Docs [v2]', url: 'https://example.com/docs' }],
    objectiveCode: '1.2',
    difficulty: 3,
  };

  it('writes comments, category, name, escaped one-line texts and general feedback', () => {
    const { text, exported, problems } = exportGift([question]);
    expect(exported).toBe(1);
    expect(problems).toEqual([]);
    expect(text).toBe(
      [
        '$CATEGORY: AWS/Storage',
        '',
        '// question: 42',
        '// [tag:objective:1.2] [tag:difficulty:3]',
        '// [ref:https://example.com/docs Docs \\[v2\\]]',
        '::Colon\\: name::[markdown]Is \\{x\\} \\= \\~y?\\nSecond line with \\# and \\\\{',
        '\t=Yes#Right \\#1',
        '\t~[markdown]%50% looks like a weight',
        '\t~[markdown][html] looks like a tag',
        '\t####Because\\: reasons',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes multiple response as weights that add up to 100%, wrong answers at -100%', () => {
    const multiple: ExportQuestion = {
      type: 'multiple',
      stem: 'Pick',
      options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id.toUpperCase(), correct: id !== 'd' })),
      explanation: '',
      references: [],
    };
    expect(exportGift([multiple]).text).toBe(
      '[markdown]Pick{\n\t~%33.33333%A\n\t~%33.33333%B\n\t~%33.33333%C\n\t~%-100%D\n}\n',
    );
  });

  it('leaves out (and reports) a question GIFT cannot hold', () => {
    const broken: ExportQuestion = {
      name: 'Broken',
      type: 'single',
      stem: 'x',
      options: [{ id: 'a', text: 'a', correct: true }],
      explanation: '',
      references: [],
    };
    expect(exportGift([broken])).toEqual({
      text: '',
      exported: 0,
      problems: [{ question: 'Broken', message: 'Not exported: has fewer than 2 options' }],
    });
  });
});
