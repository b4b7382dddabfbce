/**
 * The smallest real headers of each image type the app stores, padded to a given size, for tests
 * of sniffing, uploads and imports (the bytes after the header are never decoded).
 */

function u32be(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

function padded(head: number[], size: number, fill: number): Uint8Array {
  const bytes = new Uint8Array(Math.max(size, head.length)).fill(fill);
  bytes.set(head);
  return bytes;
}

/** A PNG header (signature and IHDR) of width × height; `fill` varies the bytes (and so the hash). */
export function pngBytes(width = 4, height = 3, size = 64, fill = 0): Uint8Array {
  const ihdr = [...u32be(13), 0x49, 0x48, 0x44, 0x52, ...u32be(width), ...u32be(height), 8, 2, 0, 0, 0];
  return padded([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr], size, fill);
}

/** JPEG: SOI, an APP0 segment, then a baseline SOF0 frame of width × height. */
export function jpegBytes(width = 5, height = 7): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3];
  return padded([0xff, 0xd8, ...app0, ...sof0], 64, 0);
}

export function gifBytes(width = 9, height = 2): Uint8Array {
  const ascii = [...'GIF89a'].map((c) => c.charCodeAt(0));
  return padded([...ascii, width & 255, width >> 8, height & 255, height >> 8], 32, 0);
}

/** A lossless WebP (VP8L) of width × height. */
export function webpBytes(width = 6, height = 8): Uint8Array {
  const text = (s: string) => [...s].map((c) => c.charCodeAt(0));
  const bits = (width - 1) | ((height - 1) << 14);
  const vp8l = [
    ...text('VP8L'),
    10,
    0,
    0,
    0,
    0x2f,
    bits & 255,
    (bits >> 8) & 255,
    (bits >> 16) & 255,
    (bits >> 24) & 255,
  ];
  return padded([...text('RIFF'), 30, 0, 0, 0, ...text('WEBP'), ...vp8l], 40, 0);
}

export function dataUrl(mime: string, bytes: Uint8Array): string {
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}
