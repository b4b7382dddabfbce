import { exportUserData } from '@/server/accounts/export';
import { jsonRoute } from '@/server/entry/routes';

export const dynamic = 'force-dynamic';

/** GET: the signed-in user's data as a JSON download. 401 signed out. */
export const GET = jsonRoute({ name: 'accounts.export', access: 'learner' }, async ({ user, ctx }) => {
  const data = await exportUserData(user, ctx);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="pingtopass-data-${data.exportedAt.slice(0, 10)}.json"`,
      'Cache-Control': 'no-store',
    },
  });
});
