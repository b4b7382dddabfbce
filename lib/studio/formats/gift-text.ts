import { restoreGiftEscapes } from './gift-escapes';

/**
 * GIFT text formats. A text may start with `[html]`, `[moodle]`, `[plain]` or `[markdown]`; answers
 * and feedback inherit the question text's format unless they name their own (Moodle's rule).
 * The product stores markdown, so HTML (what Moodle exports by default) is reduced to text.
 */

export const GIFT_TEXT_FORMATS = ['html', 'moodle', 'plain', 'markdown'] as const;
export type GiftTextFormat = (typeof GIFT_TEXT_FORMATS)[number];

export interface GiftText {
  format: GiftTextFormat;
  text: string;
}

function readFormatTag(text: string): GiftTextFormat | null {
  const match = /^\[(html|moodle|plain|markdown)\]/.exec(text);
  return match ? (match[1] as GiftTextFormat) : null;
}

/** Reads an optional leading format tag and returns the text with its escapes restored and trimmed. */
export function parseGiftText(raw: string, defaultFormat: GiftTextFormat = 'moodle'): GiftText {
  const trimmed = raw.trim();
  const tag = readFormatTag(trimmed);
  const format = tag ?? defaultFormat;
  const body = tag ? trimmed.slice(tag.length + 2) : trimmed;
  const text = restoreGiftEscapes(body).trim();
  return { format, text: format === 'html' ? htmlToText(text) : text };
}

/** Does this text, written as-is, start with something the importer would read as a format tag? */
export function startsWithFormatTag(text: string): boolean {
  return readFormatTag(text) !== null;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** Removes `<script>…</script>` and `<style>…</style>` with their content, in one linear pass. */
function dropElementsWithContent(html: string, names: readonly string[]): string {
  let result = html;
  for (const name of names) {
    const lower = result.toLowerCase();
    let kept = '';
    let from = 0;
    for (let start = lower.indexOf(`<${name}`); start !== -1; start = lower.indexOf(`<${name}`, from)) {
      kept += result.slice(from, start);
      const end = lower.indexOf(`</${name}`, start);
      const close = end === -1 ? -1 : lower.indexOf('>', end);
      from = close === -1 ? result.length : close + 1;
    }
    result = kept + result.slice(from);
  }
  return result;
}

/**
 * Best-effort HTML → text: line breaks and block ends become newlines, other tags go. The result
 * is rendered through the sanitising markdown component, so anything this misses stays harmless.
 * Every pattern here runs in linear time: the file is user input and may be hostile.
 */
export function htmlToText(html: string): string {
  const withBreaks = dropElementsWithContent(html, ['script', 'style'])
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|pre|blockquote|tr)\s*>/gi, '\n\n')
    .replace(/<[^<>]*>/g, '');
  return decodeEntities(withBreaks)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
