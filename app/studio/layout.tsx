import type { ReactNode } from 'react';
import { StudioNav } from '@/components/studio/studio-nav';
import { requireRole } from '@/server/auth/session';
import { countOpenReports } from '@/server/studio/reports';

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const user = await requireRole(['moderator'], '/studio');
  const openReports = await countOpenReports(user);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">Question bank studio</p>
        <StudioNav openReports={openReports} />
      </div>
      {children}
    </div>
  );
}
