import type { Metadata } from 'next';
import { AdminLinks } from '@/components/admin/admin-links';
import { PendingDeletionsTable } from '@/components/admin/pending-deletions-table';
import { PageHeader } from '@/components/ui/page-header';
import { listPendingDeletions } from '@/server/admin/deletions';
import { requireRole } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Pending account deletions' };

export default async function AdminDeletionsPage() {
  const admin = await requireRole(['admin'], '/admin/deletions');
  const { deletions, total } = await listPendingDeletions(admin);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Pending account deletions"
        description={`${total.toLocaleString('en-US')} scheduled. An account is erased 30 days after its owner asked, by the hourly job “Erase accounts after their 30 days”; the owner signing in before then cancels it.`}
      />
      <AdminLinks current="/admin/deletions" />
      <PendingDeletionsTable deletions={deletions} total={total} />
    </div>
  );
}
