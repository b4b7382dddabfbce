import { restoreGiftEscapes } from './gift-escapes';
import { htmlToMarkdown, looksLikeHtml } from './html-to-markdown';

/**
 * GIFT text formats. A text may start with `[html]`, `[moodle]`, `[plain]` or `[markdown]`; answers
 * and feedback inherit the question text's format unless they name their own (Moodle's rule).
 * The product stores markdown. As Moodle treats them: `[html]` is HTML (converted to markdown);
 * `[moodle]`, Moodle's default auto-format, allows HTML, so a text holding a tag or an entity is
 * converted and any other is kept as written; `[plain]` and `[markdown]` are kept as written.
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
  const isHtml = format === 'html' || (format === 'moodle' && looksLikeHtml(text));
  return { format, text: isHtml ? htmlToMarkdown(text) : text };
}

/** Does this text, written as-is, start with something the importer would read as a format tag? */
export function startsWithFormatTag(text: string): boolean {
  return readFormatTag(text) !== null;
}
