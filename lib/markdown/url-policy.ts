/**
 * Which URLs question markdown may use. An allow-list, not a deny-list: a deny-list of
 * `javascript:` misses `JaVaScRiPt:`, `java\tscript:`, entity-encoded and control-character
 * variants, while the WHATWG URL parser (the one the browser will use) normalises all of those
 * before we look at the scheme.
 */

export type MarkdownUrlKind = 'link' | 'image';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The URL to render, normalised, or null to render none. Links may be http(s), mailto or an
 * in-page `#fragment` (GFM footnotes); images absolute http(s) or a path of this site
 * ("/images/x.png"). Other relative URLs are refused: a question is shown on many pages, so a
 * relative link would point somewhere different on each. Which image hosts the browser may
 * actually load from is the CSP's img-src (MARKDOWN_IMAGE_HOSTS): one list, enforced by the browser.
 */
export function sanitizeMarkdownUrl(value: string, kind: MarkdownUrlKind): string | null {
  const trimmed = value.trim();
  if (kind === 'link' && /^#[\w-]*$/.test(trimmed)) return trimmed;
  if (kind === 'image' && /^\/(?![/\\])/.test(trimmed)) return sitePath(trimmed);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  const allowed = kind === 'link' ? LINK_PROTOCOLS : IMAGE_PROTOCOLS;
  return allowed.has(url.protocol) ? url.href : null;
}

const PROBE_ORIGIN = 'https://self.invalid';

function sitePath(value: string): string | null {
  const url = new URL(value, PROBE_ORIGIN);
  return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}` : null;
}

export function isExternalHref(href: string): boolean {
  return !href.startsWith('#');
}
