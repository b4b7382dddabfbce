import type { NextRequest } from 'next/server';
import { getCurrentUser } from '@/server/auth/session';
import { getDashboard } from '@/server/progress/dashboard';
import { jsonFrom } from '@/server/progress/json-response';

export const dynamic = 'force-dynamic';

/** GET ?tz=<IANA zone>: the signed-in learner's dashboard as JSON (the page's client refresh). */
export async function GET(request: NextRequest) {
  return jsonFrom('dashboard data', async () => getDashboard(await getCurrentUser(), { tz: request.nextUrl.searchParams.get('tz') ?? undefined }, new Date()));
}
