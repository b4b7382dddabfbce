import { LocalTime } from '@/components/attempt/local-time';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import type { PendingDeletion } from '@/server/admin/deletions';

/** Who asked for their account to be deleted, and when it happens: nothing of the account's content. */
export function PendingDeletionsTable({ deletions, total }: { deletions: PendingDeletion[]; total: number }) {
  return (
    <div className="space-y-3">
      <DataTable
        caption="Pending account deletions"
        rows={deletions}
        rowKey={(d) => d.userId}
        minWidth="20rem"
        empty={<EmptyState>No account is waiting to be deleted.</EmptyState>}
        columns={[
          {
            header: 'Account',
            rowHeader: true,
            cell: (d) => (
              <>
                <div className="font-medium wrap-anywhere text-slate-900">{d.email}</div>
                <div className="mt-1 text-xs text-slate-600 sm:hidden">
                  Asked <LocalTime value={d.requestedAt} format="date" />
                </div>
              </>
            ),
          },
          {
            header: 'Requested',
            className: 'hidden text-slate-700 sm:table-cell',
            headerClassName: 'hidden sm:table-cell',
            cell: (d) => <LocalTime value={d.requestedAt} />,
          },
          {
            header: 'Deleted on',
            className: 'text-slate-700',
            cell: (d) => <LocalTime value={d.scheduledFor} />,
          },
        ]}
      />
      {total > deletions.length ? (
        <p className="text-sm text-slate-600">
          Showing the {deletions.length} soonest of {total.toLocaleString('en-US')}.
        </p>
      ) : null}
    </div>
  );
}
