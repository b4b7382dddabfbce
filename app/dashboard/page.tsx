import type { Metadata } from 'next';
import { DashboardClient } from '@/components/progress/dashboard-client';
import { requireUser } from '@/server/auth/session';
import { getDashboard } from '@/server/progress/dashboard';
import { timeZoneFromCookie } from '@/server/progress/request-time-zone';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const user = await requireUser('/dashboard');
  const view = await getDashboard(user, { tz: await timeZoneFromCookie() }, new Date());
  return <DashboardClient initial={view} />;
}
