import { dashboardQuerySchema } from '@/lib/validation/review';
import { jsonRoute } from '@/server/entry/routes';
import { getDashboard } from '@/server/progress/dashboard';

export const dynamic = 'force-dynamic';

/**
 * GET ?tz=<IANA zone>: the signed-in learner's dashboard as JSON (the page's client refresh).
 * 200 { ok: true, data } · 401 signed out · 400 when tz is missing or unknown (a repeated tz counts by its first value).
 */
export const GET = jsonRoute({ name: 'progress.dashboard', access: 'learner', query: dashboardQuerySchema }, async ({ user, query }) => ({
  data: await getDashboard(user, query, new Date()),
}));
