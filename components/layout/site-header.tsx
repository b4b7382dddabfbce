import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/guards';
import { MainNav, type NavItem } from './main-nav';
import { SessionKeepAlive } from './session-keep-alive';

/** What a signed-in person can reach, by role: moderators get the studio, admins the admin pages (users, jobs, deletions) too. */
function itemsFor(user: SessionUser | null): NavItem[] {
  const items: NavItem[] = [{ href: '/exams', label: 'Exams' }];
  if (!user) return [...items, { href: '/sign-in', label: 'Sign in' }];
  items.push(
    { href: '/dashboard', label: 'Dashboard' },
    { href: '/review', label: 'Daily review' },
    { href: '/history', label: 'History' },
    { href: '/reports', label: 'My reports' },
  );
  if (user.role === 'moderator' || user.role === 'admin') items.push({ href: '/studio', label: 'Studio' });
  if (user.role === 'admin') items.push({ href: '/admin/users', label: 'Admin' });
  items.push({ href: '/account', label: 'Account' });
  return items;
}

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex min-h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link
          href="/"
          className="flex shrink-0 items-center gap-2 rounded-lg text-lg font-bold tracking-tight text-slate-900"
        >
          <span
            aria-hidden="true"
            className="grid h-8 w-9 place-items-center rounded-lg bg-brand-600 text-xs font-black text-white"
          >
            P2P
          </span>
          PingToPass
        </Link>
        <MainNav
          items={itemsFor(user)}
          signedIn={user !== null}
          guestActions={user ? undefined : [{ href: '/sign-up', label: 'Create account' }]}
        />
      </div>
      {user ? <SessionKeepAlive /> : null}
    </header>
  );
}
