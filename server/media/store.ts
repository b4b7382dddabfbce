import 'server-only';
import { createHash } from 'node:crypto';
import { media } from '@/database/schema';
import { AppError } from '@/lib/app-error';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { checkMediaBytes, MAX_MEDIA_BYTES } from '@/lib/media/sniff';
import type { ExhibitImageType } from '@/lib/exam/exhibits';
import { appDatabase, writeBatch } from '../db';
import type { RequestContext } from '../request-context';

export interface StoredMedia {
  hash: string;
  mime: ExhibitImageType;
  byteSize: number;
  width?: number;
  height?: number;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The row of an image, checked from its bytes (type by magic bytes, at most 2 MB): a thrown
 * AppError says why it is refused. Shared by the upload and the JSON import.
 */
export function mediaRowOf(bytes: Uint8Array, uploadedBy: string | null, now: number) {
  const check = checkMediaBytes(bytes);
  if (!check.ok)
    throw new AppError(bytes.length > MAX_MEDIA_BYTES ? 'too_large' : 'invalid_input', check.error);
  const stored: StoredMedia = {
    hash: sha256Hex(bytes),
    mime: check.image.mime,
    byteSize: bytes.length,
    ...(check.image.width ? { width: check.image.width, height: check.image.height } : {}),
  };
  const row = {
    ...stored,
    width: stored.width ?? null,
    height: stored.height ?? null,
    bytes: Buffer.from(bytes),
    createdAt: new Date(now),
    uploadedBy,
  };
  return { stored, row };
}

/**
 * Stores an uploaded image (moderators): the same bytes twice are one row (the hash is the key,
 * ON CONFLICT DO NOTHING), so re-uploading is free and never changes what a version shows.
 */
export async function storeMedia(
  actor: SessionUser | null,
  bytes: Uint8Array,
  ctx: RequestContext,
): Promise<StoredMedia> {
  const user = assertRole(actor, 'moderator');
  const { stored, row } = mediaRowOf(bytes, user.id, ctx.now);
  await writeBatch([appDatabase().db.insert(media).values(row).onConflictDoNothing({ target: media.hash })]);
  return stored;
}
