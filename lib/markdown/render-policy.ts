/**
 * What question markdown may turn into. The renderer drops raw HTML entirely and keeps only these
 * elements (an allow-list: anything a future plugin adds stays out until listed here). Elements
 * not listed are unwrapped, so their text survives without the tag.
 */
export const MARKDOWN_ALLOWED_ELEMENTS: readonly string[] = [
  'p',
  'br',
  'hr',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'input',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'section',
  'sup',
];

/** Links open in a new tab without handing the question page (window.opener, referrer) or our ranking to the target. */
export const EXTERNAL_LINK_REL = 'noopener noreferrer nofollow';
export const EXTERNAL_LINK_TARGET = '_blank';
