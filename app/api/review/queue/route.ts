import type { NextRequest } from 'next/server';
import { reviewFieldErrors, reviewQueueRequestSchema } from '@/lib/validation/review';
import { firstParams } from '@/lib/validation/search-params';
import { assertUser } from '@/server/auth/guards';
import { getCurrentUser } from '@/server/auth/session';
import { jsonFrom } from '@/server/progress/json-response';
import { ReviewInputError } from '@/server/review/errors';
import { getReviewQueue } from '@/server/review/queue';

export const dynamic = 'force-dynamic';

/**
 * GET ?tz=<IANA zone>[&exam=<slug>][&limit=1..20]: the signed-in learner's next due cards.
 * 401 signed out; a repeated parameter counts by its first value; a bad one is a 400 naming it.
 */
export async function GET(request: NextRequest) {
  return jsonFrom('review queue', async () => {
    const user = assertUser(await getCurrentUser());
    const query = reviewQueueRequestSchema.safeParse(firstParams(request.nextUrl.searchParams));
    if (!query.success) throw new ReviewInputError('The review queue request was malformed.', reviewFieldErrors(query.error));
    return getReviewQueue(user, query.data, new Date());
  });
}
