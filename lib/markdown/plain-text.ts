/**
 * Parsing markdown costs ~0.1–0.3 ms a block (measured: a 65-question page with stems and options
 * is ~100 ms of CPU with remark-gfm), while many options are plain words. A text with none of the
 * characters that can start markdown syntax renders to exactly `<p>{text}</p>`, so the renderer can
 * skip the parser for it. Deliberately conservative: anything doubtful takes the full path.
 */

// Emphasis, code, links/images, HTML, headings, GFM strikethrough/tables/footnotes, entities,
// escapes, line structure, and what GFM autolinks (URLs, e-mail addresses).
const MARKDOWN_SIGNIFICANT = /[\\`*_[\]!<>#~|&\n\r\t:@]|www\./i;
// Block markers that only matter at the start: list bullets, ordered lists, setext/thematic lines.
const MARKDOWN_LINE_START = /^(?:[-+=]|\d+[.)])/;

export function isPlainParagraph(text: string): boolean {
  return (
    text !== '' && text === text.trim() && !MARKDOWN_SIGNIFICANT.test(text) && !MARKDOWN_LINE_START.test(text)
  );
}

const MAX_SOURCE = 4000;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** One line of markdown without its block markers (headings, quotes, list bullets, table pipes). */
function stripBlockMarkers(line: string): string {
  if (/^[\s|:-]+$/.test(line) && line.includes('--')) return ''; // a table's |---|---| row
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return ''; // a thematic break
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*(>\s?)+/, '')
    .replace(/^\s*(?:[-+*]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/\|/g, ' ');
}

/** Inline markdown as the words a reader sees: code spans, links, images, emphasis, HTML, escapes. */
function stripInline(text: string): string {
  return text
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_, alt: string) =>
      alt.trim() ? `[image: ${alt.trim()}]` : '[image]',
    )
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
    .replace(/(\*\*|__|~~)(?=\S)([^*_~]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?=$|[^\w*])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/**
 * A one-line plain-text preview of a markdown text for lists (question lists, the report queue,
 * statistics): fenced code blocks become "[code]" (an unclosed fence, e.g. in a text cut by the
 * database, too), markup is dropped, whitespace collapsed, and the result cut at a word boundary
 * with "…" past `maxLength` characters. Linear regexes only: stems come from question authors.
 */
export function markdownToPlainText(source: string, maxLength = 160): string {
  const parts: string[] = [];
  let fence: string | null = null;
  // A preview needs the beginning only; the cap also bounds the work on hostile input.
  for (const line of source.slice(0, MAX_SOURCE).split(/\r\n?|\n/)) {
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      parts.push('[code]');
      continue;
    }
    parts.push(stripInline(stripBlockMarkers(line)));
  }
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return truncate(text, maxLength);
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(' ');
  // Cut at the last word boundary unless that throws away most of the text (one very long word).
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}
