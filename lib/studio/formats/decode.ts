import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/**
 * Bytes of an uploaded or CLI file → text, one pipeline for both. Files saved by Excel ("CSV (Comma
 * delimited)") or Notepad ("ANSI") are Windows-1252, not UTF-8; read as UTF-8 every accented letter
 * became U+FFFD ("Seg�n"). The order: a byte order mark decides; else strict UTF-8 (plain ASCII is
 * UTF-8); else UTF-16 without a BOM (every other byte zero); else chardet's statistical guess, used
 * only when it is clearly ahead. An unsure guess refuses the file, naming the guess and how to save
 * it as UTF-8: a wrong guess would store wrong letters with no sign of it. U+FFFD is never returned.
 */

export type DecodedFile = { ok: true; text: string; encoding: string } | { ok: false; message: string };

/** How to save as UTF-8 in the tools that write these files. */
export const SAVE_AS_UTF8 =
  'Save it as UTF-8 and upload again: in Excel "Save As → CSV UTF-8 (Comma delimited)", in Notepad "Save As → Encoding: UTF-8", in LibreOffice tick "Edit filter settings" and choose "Unicode (UTF-8)".';

/** chardet's confidence (0–100) a guess needs, and its lead over the next guess. */
const MIN_CONFIDENCE = 50;
const MIN_LEAD = 15;

/** Single-byte Western encodings chardet names; ISO-8859-1 files are read as Windows-1252 (as browsers do). */
const DECODE_AS: Record<string, string> = {
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
};

function withBom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: text in Latin script has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = bytes.length / 2;
  if (oddZeros > half * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > half * 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}

function label(encoding: string): string {
  const names: Record<string, string> = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
    'windows-1252': 'Windows-1252',
  };
  return names[encoding] ?? encoding;
}

function finish(text: string, encoding: string, why: string): DecodedFile {
  const at = text.indexOf('\uFFFD');
  if (at !== -1) {
    const line = text.slice(0, at).split(/\r\n|\r|\n/).length;
    return {
      ok: false,
      message: `Line ${line} holds a character that is not valid ${label(encoding)} (${why}). ${SAVE_AS_UTF8}`,
    };
  }
  return { ok: true, text, encoding: label(encoding) };
}

/** Punctuation and signs Western text uses outside ASCII (Spanish ¿¡, typographic quotes, dashes, €, °). */
const WESTERN_SIGNS = new Set('¿¡“”‘’„«»–—…€°ºª±×÷·•§©®™½¼¾²³µ\u00a0');

/**
 * Does every non-ASCII character read like Western text: a letter next to another letter (inside a
 * word), or a common sign? A file in another encoding read as Windows-1252 gives stray symbols and
 * letters on their own, which this refuses.
 */
function readsAsWesternText(text: string): boolean {
  const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char.charCodeAt(0) < 0x80 || WESTERN_SIGNS.has(char)) continue;
    if (!isLetter(char) || !(isLetter(text[i - 1]) || isLetter(text[i + 1]))) return false;
  }
  return true;
}

function decodeGuessed(bytes: Uint8Array): DecodedFile {
  const [best, next] = analyse(bytes);
  const decodeAs = best ? DECODE_AS[best.name] : undefined;
  const ahead = best !== undefined && best.confidence - (next?.confidence ?? 0) >= MIN_LEAD;
  const text = decodeAs ? iconv.decode(Buffer.from(bytes), decodeAs) : '';
  // chardet's confidence is low on short files; a clear lead plus text that reads as Western is enough.
  const sure = decodeAs && ahead && (best!.confidence >= MIN_CONFIDENCE || readsAsWesternText(text));
  if (!sure) {
    const guess = best ? `it looks like ${best.name}, but that is not certain` : 'its encoding is unknown';
    return {
      ok: false,
      message: `The file is not UTF-8 and ${guess}, so it was not read (a wrong guess would change letters). ${SAVE_AS_UTF8}`,
    };
  }
  return finish(text, decodeAs, 'detected');
}

export function decodeQuestionBytes(bytes: Uint8Array): DecodedFile {
  const bom = withBom(bytes);
  if (bom)
    return finish(
      iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.encoding),
      bom.encoding,
      'byte order mark',
    );
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8', 'no byte order mark');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return finish(iconv.decode(Buffer.from(bytes), utf16), utf16, 'no byte order mark');
  return decodeGuessed(bytes);
}

/** Pasted text is already characters; a U+FFFD in it is a letter lost before it reached us. */
export function checkPastedText(text: string): DecodedFile {
  return finish(text, 'utf-8', 'pasted text');
}
