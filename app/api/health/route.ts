import { NextResponse } from 'next/server';
import { checkHealth } from '@/server/health/queries';

export const dynamic = 'force-dynamic';

/** 200 when the database answers and no migration is pending, else 503. */
export async function GET() {
  const report = await checkHealth();
  return NextResponse.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
