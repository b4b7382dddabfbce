import { NextResponse } from 'next/server';
import { jsonRoute } from '@/server/entry/routes';
import { checkHealth } from '@/server/health/queries';

export const dynamic = 'force-dynamic';

/** Public, for load balancers and monitors: 200 when the database answers and no migration is pending, else 503. */
export const GET = jsonRoute({ name: 'health', access: 'public' }, async () => {
  const report = await checkHealth();
  return NextResponse.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
});
