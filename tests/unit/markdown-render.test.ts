import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { QuestionMarkdown } from '../../components/question/markdown';

/** vitest runs in node and only collects *.test.ts, so the component is rendered without JSX. */
function render(source: string): string {
  return renderToStaticMarkup(createElement(QuestionMarkdown, { source }));
}

interface RenderedTag {
  name: string;
  attributes: { name: string; value: string }[];
}

/** React's static markup is well-formed: `<tag name="escaped value">`, so a small tokenizer is exact here. */
function listTags(html: string): RenderedTag[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)].map((match) => ({
    name: match[1]!.toLowerCase(),
    attributes: [...match[2]!.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)].map((a) => ({
      name: a[1]!.toLowerCase(),
      value: a[2] ?? '',
    })),
  }));
}

const SAFE_URL = /^(https?:\/\/|mailto:|#)/;
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'svg',
  'math',
  'form',
  'meta',
  'link',
  'base',
  'body',
  'html',
  'textarea',
  'button',
  'video',
  'audio',
  'source',
  'frame',
  'frameset',
]);

function expectHarmless(html: string): void {
  expect(html).not.toMatch(/<script/i);
  // Raw HTML is shown as escaped text and alt/title attributes may quote the payload: that is data,
  // not markup. With text nodes and attribute values blanked, no handler may remain in the tags.
  const markupOnly = html.replace(/="[^"]*"/g, '=""').replace(/>[^<]*</g, '><');
  expect(markupOnly).not.toMatch(/\son\w+=/i);
  for (const tag of listTags(html)) {
    expect(FORBIDDEN_TAGS.has(tag.name), `<${tag.name}> in ${html}`).toBe(false);
    for (const attribute of tag.attributes) {
      expect(attribute.name.startsWith('on'), `${attribute.name} in ${html}`).toBe(false);
      expect(
        ['style', 'srcdoc', 'formaction', 'action', 'xlink:href'].includes(attribute.name),
        `${attribute.name} in ${html}`,
      ).toBe(false);
      if (['href', 'src'].includes(attribute.name))
        expect(attribute.value, `${attribute.name} in ${html}`).toMatch(SAFE_URL);
    }
  }
  expect(html).not.toMatch(/(href|src)="\s*(javascript|data|vbscript):/i);
}

const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<<script>script>alert(1)<</script>/script>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  '<a href="javascript:alert(1)">x</a>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<style>@import "https://evil.example/x.css";</style>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](&#x6A;avascript&#x3A;alert(1))',
  '[click](<java\tscript:alert(1)>)',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](javascript:alert(1))',
  '![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '<javascript:alert(1)>',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '![a" onerror="alert(1)](https://example.com/a.png)',
  '[x](https://example.com "a\\" onmouseover=\\"alert(1)")',
  '```js" onload="alert(1)\ncode\n```',
  '<a href="https://example.com" onclick="alert(1)">x</a>',
  '[<img src=x onerror=alert(1)>](https://example.com)',
  '**<img src=x onerror=alert(1)>**',
  '- <svg/onload=alert(1)>\n- item',
  '> <iframe src=//evil.example>',
  '| a |\n|---|\n| <img src=x onerror=alert(1)> |',
];

describe('QuestionMarkdown renders untrusted markdown harmlessly', () => {
  it('has at least 25 classic payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(25);
  });

  it('the checker itself catches what it must (a negative control)', () => {
    expect(() => expectHarmless('<p><img src="x" onerror="alert(1)"/></p>')).toThrow();
    expect(() => expectHarmless('<a href="javascript:alert(1)">x</a>')).toThrow();
    expect(() => expectHarmless('<a href=" data:text/html,x">x</a>')).toThrow();
    expect(() => expectHarmless('<iframe></iframe>')).toThrow();
    expect(() => expectHarmless('<div style="x"></div>')).toThrow();
    expect(() => expectHarmless('<p>&lt;script&gt; as text is fine</p>')).not.toThrow();
    expect(() => expectHarmless('<p>&lt;img onerror=alert(1)&gt; as text is fine too</p>')).not.toThrow();
  });

  it.each(XSS_PAYLOADS)('%j', (payload) => {
    expectHarmless(render(payload));
  });

  it('still renders all payloads harmlessly when they are mixed into one document', () => {
    expectHarmless(render(XSS_PAYLOADS.join('\n\n')));
  });
});

describe('QuestionMarkdown renders normal markdown', () => {
  it('emphasis, inline code and paragraphs', () => {
    const html = render('Is **S3** _object_ storage? Use `aws s3 ls` and ~~not this~~.\n\nSecond paragraph.');
    expect(html).toContain(
      '<p>Is <strong>S3</strong> <em>object</em> storage? Use <code>aws s3 ls</code> and <del>not this</del>.</p>',
    );
    expect(html).toContain('<p>Second paragraph.</p>');
  });

  it('fenced code blocks keep their text escaped and their language class', () => {
    const html = render('```python\nif a < b and c > d:\n    print("<b>")\n```');
    expect(html).toContain(
      '<pre><code class="language-python">if a &lt; b and c &gt; d:\n    print(&quot;&lt;b&gt;&quot;)\n</code></pre>',
    );
  });

  it('lists, blockquotes and tables', () => {
    const html = render('- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ol>/);
    expect(html).toMatch(/<blockquote>\s*<p>quoted<\/p>\s*<\/blockquote>/);
    expect(html).toContain(
      '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
    );
  });

  it('links open in a new tab with rel="noopener noreferrer nofollow"; autolinks too', () => {
    expect(render('[AWS docs](https://docs.aws.amazon.com/)')).toContain(
      '<a href="https://docs.aws.amazon.com/" target="_blank" rel="noopener noreferrer nofollow">AWS docs</a>',
    );
    expect(render('See https://example.com/page.')).toContain(
      '<a href="https://example.com/page" target="_blank" rel="noopener noreferrer nofollow">https://example.com/page</a>',
    );
  });

  it('images by http(s) URL, lazily and without a referrer; a refused image leaves its alt text', () => {
    expect(render('![Architecture](https://example.com/diagram.png)')).toContain(
      '<img src="https://example.com/diagram.png" alt="Architecture" loading="lazy" decoding="async" referrerPolicy="no-referrer"/>',
    );
    expect(render('![Architecture](data:image/png;base64,AAAA)')).toContain('<span>Architecture</span>');
  });

  it('a refused link keeps its text without a link', () => {
    expect(render('[click me](javascript:alert(1))')).toContain('<p><span>click me</span></p>');
  });

  it('shows raw HTML as the text the author typed, never as markup', () => {
    expect(render('before <b>bold?</b> after')).toContain('<p>before &lt;b&gt;bold?&lt;/b&gt; after</p>');
    expect(render('Run `aws s3 cp` to s3://<bucket>/<key> with List<String>')).toContain(
      's3://&lt;bucket&gt;/&lt;key&gt; with List&lt;String&gt;',
    );
    expect(render('<img src=x onerror=alert(1)>')).toMatch(
      /^<div[^>]*>&lt;img src=x onerror=alert\(1\)&gt;<\/div>$/,
    );
  });

  it('renders nothing dangerous for an empty source', () => {
    expect(render('')).toMatch(/^<div[^>]*><\/div>$/);
  });
});
