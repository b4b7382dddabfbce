import { describe, expect, it } from 'vitest';
import { isExternalHref, sanitizeMarkdownUrl } from '../../lib/markdown/url-policy';

describe('sanitizeMarkdownUrl', () => {
  it('keeps http(s) links and images, mailto links and in-page fragments, normalised', () => {
    expect(sanitizeMarkdownUrl('https://docs.aws.amazon.com/s3/', 'link')).toBe(
      'https://docs.aws.amazon.com/s3/',
    );
    expect(sanitizeMarkdownUrl(' HTTP://Example.com ', 'image')).toBe('http://example.com/');
    expect(sanitizeMarkdownUrl('mailto:support@example.com', 'link')).toBe('mailto:support@example.com');
    expect(sanitizeMarkdownUrl('#user-content-fn-1', 'link')).toBe('#user-content-fn-1');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    '//evil.example/x',
    'relative',
    '#"><script>',
    '',
  ])('refuses %j', (url) => {
    expect(sanitizeMarkdownUrl(url, 'link')).toBeNull();
    expect(sanitizeMarkdownUrl(url, 'image')).toBeNull();
  });

  it('keeps images on a path of this site (the CSP allows self), but not links: they would change meaning per page', () => {
    expect(sanitizeMarkdownUrl('/images/vpc.png', 'image')).toBe('/images/vpc.png');
    expect(sanitizeMarkdownUrl('/relative/path', 'link')).toBeNull();
    expect(sanitizeMarkdownUrl('/\\evil.example/x.png', 'image')).toBeNull();
  });

  it('refuses mailto and fragments as image sources', () => {
    expect(sanitizeMarkdownUrl('mailto:a@example.com', 'image')).toBeNull();
    expect(sanitizeMarkdownUrl('#x', 'image')).toBeNull();
  });

  it('tells in-page links from external ones', () => {
    expect(isExternalHref('#fn-1')).toBe(false);
    expect(isExternalHref('https://example.com/')).toBe(true);
  });
});
