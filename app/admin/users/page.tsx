import type { Metadata } from 'next';
import { AdminLinks } from '@/components/admin/admin-links';
import Link from 'next/link';
import { DisableForm, RoleForm } from '@/components/admin/user-row-actions';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import { userSearchSchema } from '@/lib/validation/auth';
import { MAX_SEARCH_LENGTH, type PageSearchParams } from '@/lib/validation/search-params';
import { listUsers } from '@/server/admin/users';
import { requireRole } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Users' };

interface Props {
  searchParams: Promise<PageSearchParams>;
}

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requireRole(['admin'], '/admin/users');
  // Never fails: a search past 200 characters is cut, an unusable page is page 1.
  const parsed = userSearchSchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { q: '', page: 1 };
  const { users, total, page, pageSize } = await listUsers(admin, query);
  const { q } = query;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (p: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <Page
      title="Users"
      description={`${total.toLocaleString('en-US')} accounts. Role changes and disabling take effect on the user’s next request.`}
      actions={
        <form role="search" className="flex gap-2" action="/admin/users">
          <label htmlFor="user-search" className="sr-only">
            Search users
          </label>
          <input
            id="user-search"
            name="q"
            defaultValue={q}
            maxLength={MAX_SEARCH_LENGTH}
            placeholder="Search email or name"
            className="w-64 min-w-0 rounded-lg border border-slate-300 px-3 py-2 text-sm"
          />
          <button
            type="submit"
            className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          >
            Search
          </button>
        </form>
      }
    >
      <AdminLinks current="/admin/users" />
      <DataTable
        caption="Users"
        rows={users}
        rowKey={(u) => u.id}
        minWidth="20rem"
        empty={
          total > 0 ? (
            <EmptyState>
              There is no page {page}.{' '}
              <Link href={link(1)} className="font-medium text-brand-700 hover:underline">
                Go to the first page
              </Link>
              .
            </EmptyState>
          ) : (
            <EmptyState>No users match “{q}”.</EmptyState>
          )
        }
        columns={[
          {
            header: 'User',
            rowHeader: true,
            cell: (u) => (
              <>
                <div className="font-medium text-slate-900">{u.email}</div>
                <div className="text-xs text-slate-500">
                  {u.name ?? '—'} · joined {u.createdAt.slice(0, 10)}
                  {u.id === admin.id ? ' · you' : ''}
                </div>
                <div className="mt-1 text-xs md:hidden">
                  <UserStatus disabled={u.disabled} verified={u.verified} />
                </div>
              </>
            ),
          },
          {
            header: 'Status',
            className: 'hidden text-xs md:table-cell',
            headerClassName: 'hidden md:table-cell',
            cell: (u) => <UserStatus disabled={u.disabled} verified={u.verified} />,
          },
          {
            // One column for both controls, so a phone shows them under each other instead of scrolling.
            header: 'Role and access',
            cell: (u) => (
              <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                <RoleForm userId={u.id} email={u.email} role={u.role} self={u.id === admin.id} />
                <DisableForm userId={u.id} email={u.email} disabled={u.disabled} self={u.id === admin.id} />
              </div>
            ),
          },
        ]}
      />
      {pages > 1 ? (
        <nav aria-label="Pagination" className="flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link href={link(page - 1)} className="font-medium text-brand-700">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-500">
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link href={link(page + 1)} className="font-medium text-brand-700">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </Page>
  );
}

function UserStatus({ disabled, verified }: { disabled: boolean; verified: boolean }) {
  return disabled ? (
    <span className="font-semibold text-red-700">Disabled</span>
  ) : verified ? (
    <span className="text-emerald-700">Active</span>
  ) : (
    <span className="text-amber-700">Unverified</span>
  );
}
