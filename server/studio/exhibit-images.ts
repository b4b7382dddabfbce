import 'server-only';
import { inArray } from 'drizzle-orm';
import { media } from '@/database/schema';
import { exhibitImageHashes, type Exhibit } from '@/lib/exam/exhibits';
import { appDatabase } from '../db';
import { StudioError } from './errors';

/**
 * Every image exhibit of an edit must name a stored upload; its type and pixel size are taken from
 * the stored row (checked from the bytes at upload), never from what the form sent. Shared by a
 * question's content and a case study's fields (anything with an `exhibits` list).
 */
export async function checkExhibitImages<T extends { exhibits: Exhibit[] }>(content: T): Promise<T> {
  const hashes = exhibitImageHashes(content.exhibits);
  if (hashes.length === 0) return content;
  const rows = await appDatabase()
    .db.select({ hash: media.hash, mime: media.mime, width: media.width, height: media.height })
    .from(media)
    .where(inArray(media.hash, hashes));
  const stored = new Map(rows.map((r) => [r.hash, r]));
  const errors: Record<string, string> = {};
  const exhibits = content.exhibits.map((exhibit, index) => {
    if (exhibit.kind !== 'image') return exhibit;
    const row = stored.get(exhibit.hash);
    if (!row) {
      errors[`exhibits.${index}.hash`] = 'This image is not stored; upload it again.';
      return exhibit;
    }
    const { title, alt, hash } = exhibit;
    const size = row.width && row.height ? { width: row.width, height: row.height } : {};
    return { kind: 'image' as const, title, alt, hash, mime: row.mime as typeof exhibit.mime, ...size };
  });
  if (Object.keys(errors).length > 0) throw new StudioError('Check the highlighted fields.', errors);
  return { ...content, exhibits };
}
