import { NextResponse } from 'next/server';
import { exportUserData } from '@/server/accounts/export';
import { AuthorizationError } from '@/server/auth/guards';
import { getCurrentUser } from '@/server/auth/session';
import { requestContext } from '@/server/request-context';

export const dynamic = 'force-dynamic';

/** GET: the signed-in user's data as a JSON download. */
export async function GET() {
  try {
    const data = await exportUserData(await getCurrentUser(), await requestContext());
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="pingtopass-data-${data.exportedAt.slice(0, 10)}.json"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof AuthorizationError) return NextResponse.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
