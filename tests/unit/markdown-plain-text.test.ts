import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '@/lib/markdown/plain-text';

describe('markdownToPlainText (list previews of stems)', () => {
  it('shows a fenced code block as a [code] marker, not its fence or language', () => {
    const stem = 'Given this policy:\n\n```json\n{ "Effect": "Allow" }\n```\n\nWhich statement is true?';
    expect(markdownToPlainText(stem)).toBe('Given this policy: [code] Which statement is true?');
  });

  it('treats an unclosed fence (a stem cut by the database) as code to the end', () => {
    expect(markdownToPlainText('Read this:\n~~~\nline one\nline two')).toBe('Read this: [code]');
    expect(markdownToPlainText('```json\n{ "a": 1 }')).toBe('[code]');
  });

  it('closes a fence only with the same character, at least as long', () => {
    expect(markdownToPlainText('````\n```\nstill code\n````\nAfter')).toBe('[code] After');
  });

  it('drops inline markup and keeps the words', () => {
    expect(
      markdownToPlainText(
        '## Which **S3** feature uses `s3:PutObject` and [bucket policies](https://example.com)? _Choose_ ~~one~~',
      ),
    ).toBe('Which S3 feature uses s3:PutObject and bucket policies? Choose one');
  });

  it('keeps underscores inside words and decodes entities and escapes', () => {
    expect(markdownToPlainText('Set max_connections \\* 2 &amp; restart &lt;now&gt; &#x41;')).toBe(
      'Set max_connections * 2 & restart <now> A',
    );
  });

  it('names images by their alt text and strips HTML tags', () => {
    expect(
      markdownToPlainText('See ![the diagram](https://x.test/a.png) <b>now</b> ![](https://x.test/b.png)'),
    ).toBe('See [image: the diagram] now [image]');
  });

  it('flattens lists, quotes and tables into one line', () => {
    const source = '> Note\n\n- first\n- [x] second\n1. third\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n---';
    expect(markdownToPlainText(source)).toBe('Note first second third a b 1 2');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = 'word '.repeat(100).trim();
    const preview = markdownToPlainText(text, 40);
    expect(preview.length).toBeLessThanOrEqual(40);
    expect(preview).toMatch(/^word( word)*…$/);
    // One long word is cut inside it rather than dropped whole.
    expect(markdownToPlainText('x'.repeat(100), 20)).toBe(`${'x'.repeat(19)}…`);
    expect(markdownToPlainText('short', 40)).toBe('short');
  });

  it('answers quickly enough on hostile input (unclosed markup repeated many times)', () => {
    const hostile = ['![a](', '**', '<a ', '`', '[', ' '.repeat(50), '|'].map((s) => s.repeat(20_000));
    for (const text of hostile) expect(typeof markdownToPlainText(text)).toBe('string');
  });
});
