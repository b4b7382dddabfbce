import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * HTML → markdown with a real converter (unified: parse5's HTML parser, hast → mdast, GFM tables),
 * so links, images, emphasis, lists, tables, code and line breaks survive and a text `<` stays a
 * `<`. Moodle exports question text as HTML; the product stores markdown. What may render is still
 * decided by the sanitising markdown component: this only keeps content, it makes nothing safe.
 * `<script>` and `<style>` are dropped by the converter (they have no markdown form).
 */
const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-' });

/** Past this depth the converter's recursion could exhaust the stack; no real question nests so deep. */
const MAX_NESTING = 200;

/** The deepest run of opening tags not yet closed, found in one linear pass (void tags overcount: fine). */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1);
    if (next === 47) depth = Math.max(0, depth - 1);
    else if ((next | 32) >= 97 && (next | 32) <= 122) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** HTML nested past MAX_NESTING (hostile input) is kept as written: shown as text, nothing lost. */
export function htmlToMarkdown(html: string): string {
  if (nestingDepth(html) > MAX_NESTING) return html;
  return String(processor.processSync(html)).trim();
}

/** Moodle's "moodle" auto-format allows HTML: a text with a tag in it is HTML, else it stays as written. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i.test(text) || /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text);
}
