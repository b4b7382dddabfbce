import { jsonRoute } from '@/server/entry/routes';
import { readMedia } from '@/server/media/read';
import { mediaParamsSchema, mediaResponse } from '@/server/media/response';

/**
 * GET /api/studio/media/<sha256> — any stored image, for moderators: the question editor's
 * preview shows an upload before it is saved, and drafts before they are published.
 * 401 · 403 · 404 unknown hash.
 */
export const GET = jsonRoute(
  { name: 'media.studio', access: 'moderator', params: mediaParamsSchema },
  async ({ params }) => mediaResponse(await readMedia(params.hash, 'any'), params.hash, 'private'),
);
