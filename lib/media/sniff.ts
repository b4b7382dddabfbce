import type { ExhibitImageType } from '../exam/exhibits';

/**
 * What an uploaded file really is, from its first bytes (the browser's type and the file name
 * are the uploader's to choose). Only PNG, JPEG, WebP and GIF pass; SVG never (it is XML that can
 * carry script). The pixel size is read from the header when it is cheap to find.
 */

export const MAX_MEDIA_BYTES = 2 * 1024 * 1024;

export interface SniffedImage {
  mime: ExhibitImageType;
  width?: number;
  height?: number;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;

function size(width: number, height: number): { width?: number; height?: number } {
  return width > 0 && height > 0 ? { width, height } : {};
}

/** JPEG: the first start-of-frame marker (SOF0–SOF15 but DHT, JPG, DAC) holds height then width. */
function jpegSize(b: Uint8Array): { width?: number; height?: number } {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return {};
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = u16be(b, at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return size(u16be(b, at + 7), u16be(b, at + 5));
    at += 2 + length;
  }
  return {};
}

/** WebP: lossy (VP8), lossless (VP8L) or extended (VP8X) chunk. */
function webpSize(b: Uint8Array): { width?: number; height?: number } {
  if (ascii(b, 12, 'VP8X') && b.length >= 30) return size(u24le(b, 24) + 1, u24le(b, 27) + 1);
  if (ascii(b, 12, 'VP8L') && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (ascii(b, 12, 'VP8 ') && b.length >= 30) return size(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  return {};
}

/** The image type of the bytes, or null when they are none of the four. */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && ascii(bytes, 12, 'IHDR'))
    return { mime: 'image/png', ...(bytes.length >= 24 ? size(u32be(bytes, 16), u32be(bytes, 20)) : {}) };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', ...jpegSize(bytes) };
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return { mime: 'image/webp', ...webpSize(bytes) };
  if ((ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) && bytes.length >= 10)
    return { mime: 'image/gif', ...size(u16le(bytes, 6), u16le(bytes, 8)) };
  return null;
}

export type MediaCheck = { ok: true; image: SniffedImage } | { ok: false; error: string };

/** The upload rules, in the words the uploader sees. */
export function checkMediaBytes(bytes: Uint8Array): MediaCheck {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  if (bytes.length > MAX_MEDIA_BYTES)
    return { ok: false, error: `The image is ${megabytes(bytes.length)}; the limit is 2 MB.` };
  const image = sniffImage(bytes);
  if (!image) return { ok: false, error: 'Only PNG, JPEG, WebP and GIF images can be uploaded (not SVG).' };
  return { ok: true, image };
}

export function megabytes(byteCount: number): string {
  return `${(byteCount / (1024 * 1024)).toFixed(1)} MB`;
}

/** "data:image/png;base64,…" → bytes; null when it is not a base64 data URL. */
export function bytesOfDataUrl(url: string): { declaredType: string; bytes: Uint8Array } | null {
  const match = /^data:([a-z0-9.+/-]+);base64,([A-Za-z0-9+/=\s]*)$/i.exec(url);
  if (!match) return null;
  try {
    const binary = atob(match[2]!.replace(/\s/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return { declaredType: match[1]!.toLowerCase(), bytes };
  } catch {
    return null;
  }
}
