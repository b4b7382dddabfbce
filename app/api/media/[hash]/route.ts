import { jsonRoute } from '@/server/entry/routes';
import { readMedia } from '@/server/media/read';
import { mediaParamsSchema, mediaResponse } from '@/server/media/response';

/**
 * GET /api/media/<sha256> — an exhibit image of a published question or case study (one that is not
 * a draft), for anyone: learners see it in attempts, practice and result reviews. The hash (256 bits
 * of the content) cannot be guessed, but it is no secret either: it appears in every page that shows
 * the image, so an image only becomes public once a non-draft question or case study uses it. Unpublished images are
 * served to moderators only, by /api/studio/media/<sha256>. 404 for an unknown or unpublished hash.
 */
export const GET = jsonRoute(
  { name: 'media.published', access: 'public', params: mediaParamsSchema },
  async ({ params }) => mediaResponse(await readMedia(params.hash, 'published'), params.hash, 'public'),
);
