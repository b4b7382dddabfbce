import type { Metadata } from 'next';
import Link from 'next/link';
import { DisableForm, RoleForm } from '@/components/admin/user-row-actions';
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
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Users</h1>
          <p className="mt-1 text-slate-600">{total.toLocaleString('en-US')} accounts. Role changes and disabling take effect on the user’s next request.</p>
        </div>
        <form role="search" className="flex gap-2" action="/admin/users">
          <label htmlFor="user-search" className="sr-only">
            Search users
          </label>
          <input id="user-search" name="q" defaultValue={q} maxLength={MAX_SEARCH_LENGTH} placeholder="Search email or name" className="w-64 rounded-lg border border-slate-300 px-3 py-2 text-sm" />
          <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            Search
          </button>
        </form>
      </header>
      {users.length === 0 && total > 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">
          There is no page {page}.{' '}
          <Link href={link(1)} className="font-medium text-brand-700 hover:underline">
            Go to the first page
          </Link>
          .
        </p>
      ) : users.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">No users match “{q}”.</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">User</th>
                <th scope="col" className="px-4 py-3 font-medium">Status</th>
                <th scope="col" className="px-4 py-3 font-medium">Role</th>
                <th scope="col" className="px-4 py-3 font-medium">Access</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.map((u) => (
                <tr key={u.id}>
                  <th scope="row" className="px-4 py-3 font-normal">
                    <div className="font-medium text-slate-900">{u.email}</div>
                    <div className="text-xs text-slate-500">{u.name ?? '—'} · joined {u.createdAt.slice(0, 10)}</div>
                  </th>
                  <td className="px-4 py-3 text-xs">
                    {u.disabled ? <span className="font-semibold text-red-700">Disabled</span> : u.verified ? <span className="text-emerald-700">Active</span> : <span className="text-amber-700">Unverified</span>}
                  </td>
                  <td className="px-4 py-3">
                    <RoleForm userId={u.id} email={u.email} role={u.role} self={u.id === admin.id} />
                  </td>
                  <td className="px-4 py-3">
                    <DisableForm userId={u.id} email={u.email} disabled={u.disabled} self={u.id === admin.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label="Pagination" className="flex items-center justify-between text-sm">
          {page > 1 ? <Link href={link(page - 1)} className="font-medium text-brand-700">← Previous</Link> : <span />}
          <span className="text-slate-500">Page {page} of {pages}</span>
          {page < pages ? <Link href={link(page + 1)} className="font-medium text-brand-700">Next →</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
