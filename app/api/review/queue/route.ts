import { reviewQueueRequestSchema } from '@/lib/validation/review';
import { jsonRoute } from '@/server/entry/routes';
import { getReviewQueue } from '@/server/review/queue';

export const dynamic = 'force-dynamic';

/**
 * GET ?tz=<IANA zone>[&exam=<slug>][&limit=1..20]: the signed-in learner's next due cards.
 * 200 { ok: true, data } · 401 signed out · 400 naming a bad parameter (a repeated one counts by its first value).
 */
export const GET = jsonRoute(
  { name: 'review.queue', access: 'learner', query: reviewQueueRequestSchema },
  async ({ user, query }) => ({
    data: await getReviewQueue(user, query, new Date()),
  }),
);
