import type { NextRequest } from 'next/server';
import { dashboardQuerySchema, reviewFieldErrors } from '@/lib/validation/review';
import { firstParams } from '@/lib/validation/search-params';
import { assertUser } from '@/server/auth/guards';
import { getCurrentUser } from '@/server/auth/session';
import { getDashboard } from '@/server/progress/dashboard';
import { jsonFrom } from '@/server/progress/json-response';
import { ReviewInputError } from '@/server/review/errors';

export const dynamic = 'force-dynamic';

/**
 * GET ?tz=<IANA zone>: the signed-in learner's dashboard as JSON (the page's client refresh).
 * 401 signed out; a repeated tz counts by its first value; a missing or unknown one is a 400.
 */
export async function GET(request: NextRequest) {
  return jsonFrom('dashboard data', async () => {
    const user = assertUser(await getCurrentUser());
    const query = dashboardQuerySchema.safeParse(firstParams(request.nextUrl.searchParams));
    if (!query.success) throw new ReviewInputError('The dashboard request was malformed.', reviewFieldErrors(query.error));
    return getDashboard(user, query.data, new Date());
  });
}
