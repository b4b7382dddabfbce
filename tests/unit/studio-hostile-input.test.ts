import { describe, expect, it } from 'vitest';
import { parseQuestionFile } from '../../lib/studio/formats';
import { htmlToMarkdown } from '../../lib/studio/formats/html-to-markdown';
import type { QuestionFileFormat } from '../../lib/studio/question-model';

/**
 * Uploaded files are user input: a pattern that backtracks (quadratic or worse) on a crafted line
 * would freeze the server for minutes. Each case below takes seconds to hours with a naive regex
 * and milliseconds here; the budget is generous so a busy CI machine does not make it flaky.
 */
const BUDGET_MS = 1_000;
const N = 100_000;

function expectFast(run: () => unknown): void {
  const started = performance.now();
  run();
  expect(performance.now() - started).toBeLessThan(BUDGET_MS);
}

const CASES: [string, QuestionFileFormat, string][] = [
  ['GIFT: an [html] stem of unclosed tags', 'gift', `[html]${'<'.repeat(N)} {=a ~b}`],
  ['GIFT: an [html] stem of unclosed scripts', 'gift', `[html]${'<script'.repeat(N / 10)} {=a ~b}`],
  ['GIFT: an [html] stem of trailing spaces', 'gift', `[html]a${' '.repeat(N)}b {=a ~b}`],
  ['GIFT: a comment of unterminated tokens', 'gift', `// ${'[tag:'.repeat(N / 5)}\nQ {=a ~b}`],
  ['GIFT: thousands of answers', 'gift', `Q {${'~a '.repeat(N / 3)}=b}`],
  [
    'CSV: a references cell of spaces',
    'csv',
    `stem,option_a,option_b,correct,references\nQ,a,b,A,"a${' '.repeat(N)}b"`,
  ],
  ['CSV: an unclosed quote', 'csv', `stem,option_a,option_b,correct\n"${'x'.repeat(N)}`],
  ['JSON: deep nesting', 'json', '['.repeat(N)],
  ['JSON: a long string', 'json', `[{"stem": "${'\\"'.repeat(N / 2)}", "options": []}]`],
  ['Aiken: a long ANSWER line', 'aiken', `Q\nA. a\nB. b\nANSWER:${' '.repeat(N)}x`],
];

describe('parsers stay fast on hostile input', () => {
  it.each(CASES)('%s', (_name, format, source) => {
    expectFast(() => parseQuestionFile(format, source));
  });

  it('htmlToMarkdown on many unclosed script tags and deep nesting', () => {
    expectFast(() => htmlToMarkdown('<script'.repeat(N / 5)));
    expectFast(() => htmlToMarkdown('<b><i>'.repeat(N / 50)));
    expect(htmlToMarkdown('a<script>x</script>b<script>never closed')).toBe('ab');
  });
});
