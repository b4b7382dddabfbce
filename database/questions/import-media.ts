import type { InStatement } from '@libsql/client';
import { createHash } from 'node:crypto';
import type { Exhibit } from '../../lib/exam/exhibits';
import type { ImportedExhibit } from '../../lib/studio/formats/json-exhibits';

/** An image of the file, checked from its bytes (lib/media/sniff.ts), to store by its hash. */
export interface PlannedMedia {
  hash: string;
  mime: string;
  bytes: Uint8Array;
  width?: number;
  height?: number;
}

/** The stored exhibits of an imported question; each image joins `media` under its hash. */
export function planExhibits(
  exhibits: readonly ImportedExhibit[],
  media: Map<string, PlannedMedia>,
): Exhibit[] {
  return exhibits.map((exhibit) => {
    if (exhibit.kind !== 'image') return exhibit;
    const { title, alt, mime, bytes, width, height } = exhibit;
    const hash = createHash('sha256').update(bytes).digest('hex');
    const size = width && height ? { width, height } : {};
    media.set(hash, { hash, mime, bytes, ...size });
    return { kind: 'image', title, alt, hash, mime, ...size };
  });
}

/**
 * Stores an image unless its hash is already there (same bytes, same row). Runs before the
 * versions that show it: their trigger records the use and refuses an unknown image.
 */
export function insertMediaStatement(
  media: PlannedMedia,
  at: number,
  uploadedBy: string | null,
): InStatement {
  return {
    sql: `INSERT INTO media (hash, mime, byte_size, width, height, bytes, created_at, uploaded_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`,
    args: [
      media.hash,
      media.mime,
      media.bytes.length,
      media.width ?? null,
      media.height ?? null,
      media.bytes,
      at,
      uploadedBy,
    ],
  };
}
