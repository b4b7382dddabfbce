import type { NextRequest } from 'next/server';
import { getCurrentUser } from '@/server/auth/session';
import { jsonFrom } from '@/server/progress/json-response';
import { getReviewQueue } from '@/server/review/queue';

export const dynamic = 'force-dynamic';

/** GET ?tz=<IANA zone>[&exam=<slug>][&limit=N]: the signed-in learner's next due cards. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const query = { tz: params.get('tz') ?? undefined, exam: params.get('exam') ?? undefined, limit: params.get('limit') ?? undefined };
  return jsonFrom('review queue', async () => getReviewQueue(await getCurrentUser(), query, new Date()));
}
