import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A rendered page cut at every occurrence of its CSP nonce, so each response can carry a fresh
 * one: `segments` joined with the new nonce are the page. The nonce is 128+ random bits made
 * when Next rendered the page, so its occurrences are exactly what Next wrote for it (the nonce
 * attributes of its scripts and the copies in its payload); nothing else can contain it.
 *
 * For gzip, each segment is compressed once, here, as raw deflate ending in a sync flush (a
 * byte-aligned, non-final block sequence). A response is then: gzip header, compressed segment,
 * the nonce as a stored (uncompressed) deflate block, next segment, …, an empty final block,
 * and the trailer (CRC-32 and length of the whole page). One valid gzip member, built with a
 * CRC pass (~35 µs for 70 KB) instead of compressing the page per response (0.6–1.3 ms).
 */
export interface NonceTemplate {
  segments: Buffer[];
  deflated: Buffer[];
  /** Bytes of the page without its nonces. */
  length: number;
  /** Bytes held in memory (both forms). */
  size: number;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
/** A final fixed-Huffman block holding only its end-of-block code. */
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

export function templateOf(body: Buffer, nonce: string): NonceTemplate {
  const needle = Buffer.from(nonce);
  const segments: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, from)) {
    segments.push(body.subarray(from, at));
    from = at + needle.length;
  }
  segments.push(body.subarray(from));
  // Copies: the captured body's chunks are not kept alive by the cache.
  const owned = segments.map((segment) => Buffer.from(segment));
  const deflated = owned.map((segment) => deflateRawSync(segment, { finishFlush: constants.Z_SYNC_FLUSH }));
  const length = owned.reduce((sum, segment) => sum + segment.length, 0);
  return { segments: owned, deflated, length, size: length + deflated.reduce((s, d) => s + d.length, 0) };
}

/** How many times the nonce occurs in the page. */
export function nonceCount(template: NonceTemplate): number {
  return template.segments.length - 1;
}

/** The page with `nonce` in place of the one it was rendered with. */
export function pageWithNonce(template: NonceTemplate, nonce: string): Buffer {
  const needle = Buffer.from(nonce);
  const parts: Buffer[] = [];
  template.segments.forEach((segment, index) => {
    if (index > 0) parts.push(needle);
    parts.push(segment);
  });
  return Buffer.concat(parts, template.length + nonceCount(template) * needle.length);
}

function storedBlock(data: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt8(0, 0); // BFINAL 0, BTYPE 00 (stored), padded to the byte boundary
  header.writeUInt16LE(data.length, 1);
  header.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([header, data]);
}

/** The page with `nonce`, as one gzip member (see the module comment). */
export function gzippedPageWithNonce(template: NonceTemplate, nonce: string): Buffer {
  const needle = Buffer.from(nonce);
  const stored = storedBlock(needle);
  const parts: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  template.segments.forEach((segment, index) => {
    if (index > 0) {
      parts.push(stored);
      crc = crc32(needle, crc);
    }
    parts.push(template.deflated[index]!);
    // zlib's crc32 of a zero-length buffer without storage returns its initial value, 0.
    if (segment.length > 0) crc = crc32(segment, crc);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((template.length + nonceCount(template) * needle.length) % 2 ** 32, 4);
  parts.push(FINAL_EMPTY_BLOCK, trailer);
  return Buffer.concat(parts);
}
