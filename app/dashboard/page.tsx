import type { Metadata } from 'next';
import { DashboardClient } from '@/components/progress/dashboard-client';
import { claimedUserId, requireUser } from '@/server/auth/session';
import { getDashboard } from '@/server/progress/dashboard';
import { preloadDashboard } from '@/server/progress/dashboard-reads';
import { timeZoneFromCookie } from '@/server/progress/request-time-zone';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const now = new Date();
  const tz = await timeZoneFromCookie();
  // The dashboard's one read batch goes out with the session check (one round-trip time less
  // against a remote primary); getDashboard uses it only once the session proved the same learner.
  const preloaded = preloadDashboard(await claimedUserId(), now, tz);
  const user = await requireUser('/dashboard');
  const view = await getDashboard(user, { tz }, now, preloaded);
  return <DashboardClient initial={view} />;
}
