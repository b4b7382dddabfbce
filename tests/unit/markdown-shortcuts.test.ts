import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseQuestionMarkdown, renderQuestionMarkdown } from '../../components/question/markdown';
import { createLruCache } from '../../lib/markdown/lru-cache';
import { isPlainParagraph } from '../../lib/markdown/plain-text';

describe('isPlainParagraph', () => {
  it.each(['Amazon Athena', 'Use 3.5 GB (about 99.9%) of it', 'It\'s "quoted", fine; really?', 'é 漢字 🙂'])(
    '%j is plain',
    (text) => {
      expect(isPlainParagraph(text)).toBe(true);
    },
  );

  it.each([
    '',
    ' padded',
    'a *b*',
    'a_b',
    '`x`',
    '[x](y)',
    'a<b',
    'a & b',
    '# h',
    'a\nb',
    '- item',
    '+ item',
    '1. item',
    '2) item',
    '=== ',
    'https://x.io',
    'www.x.io',
    'me@x.io',
    '~~x~~',
    'a | b',
    'a\\b',
    '!x',
  ])('%j is not', (text) => {
    expect(isPlainParagraph(text)).toBe(false);
  });

  it('renders exactly what the parser renders, on many random texts it calls plain', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const alphabet = 'aZ09 .,;()?"\'%$^/=-+*_`[]!<>#~|&:@\\\né';
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      if (!isPlainParagraph(text)) continue;
      checked++;
      expect(renderToStaticMarkup(createElement('p', null, text)), text).toBe(
        renderToStaticMarkup(parseQuestionMarkdown(text)),
      );
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('renderQuestionMarkdown', () => {
  it('reuses the tree of a text it has rendered before', () => {
    const source = 'Reused **tree** for `caching`';
    expect(renderQuestionMarkdown(source)).toBe(renderQuestionMarkdown(source));
  });
});

describe('createLruCache', () => {
  it('evicts the least recently used entry', () => {
    const cache = createLruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });
});
