import 'server-only';
import { z } from 'zod';
import { AppError } from '@/lib/app-error';
import { MEDIA_HASH } from '@/lib/exam/exhibits';
import { MEDIA_CONTENT_SECURITY_POLICY } from '@/lib/security/headers';
import type { MediaFile } from './read';

export const mediaParamsSchema = z.object({
  hash: z.string().regex(MEDIA_HASH, 'No such image.'),
});

/**
 * An image answer: its sniffed type (stored at upload), nosniff, and a year's immutable cache —
 * the URL is the content's hash, so the bytes behind it can never change. `visibility` is
 * `public` for published images (any cache may keep them) and `private` for the studio's.
 */
export function mediaResponse(file: MediaFile | null, hash: string, visibility: 'public' | 'private') {
  if (!file) throw new AppError('not_found', 'No such image.');
  return new Response(file.bytes as BodyInit, {
    headers: {
      'Content-Type': file.mime,
      'Content-Length': String(file.bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
      'Content-Disposition': 'inline',
      'Cache-Control': `${visibility}, max-age=31536000, immutable`,
      ETag: `"${hash}"`,
    },
  });
}
