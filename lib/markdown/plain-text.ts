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
