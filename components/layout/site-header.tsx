import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/guards';
import { SessionKeepAlive } from './session-keep-alive';
import { SignOutButton } from './sign-out-button';

function NavLink({ href, children }: { href: string; children: string }) {
  return (
    <li>
      <Link href={href} className="hover:text-brand-700">
        {children}
      </Link>
    </li>
  );
}

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex min-h-16 max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6 md:flex-nowrap md:py-0">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900">
          <span
            aria-hidden
            className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm font-black text-white"
          >
            P2P
          </span>
          PingToPass
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm font-medium whitespace-nowrap text-slate-600 md:gap-x-5">
            <NavLink href="/exams">Exams</NavLink>
            {user ? (
              <>
                <NavLink href="/dashboard">Dashboard</NavLink>
                <NavLink href="/review">Daily review</NavLink>
                <NavLink href="/history">History</NavLink>
                {user.role === 'moderator' || user.role === 'admin' ? (
                  <NavLink href="/studio">Studio</NavLink>
                ) : null}
                {user.role === 'admin' ? <NavLink href="/admin/users">Users</NavLink> : null}
                <NavLink href="/account">Account</NavLink>
                <li>
                  <SignOutButton />
                </li>
              </>
            ) : (
              <>
                <NavLink href="/sign-in">Sign in</NavLink>
                <li>
                  <Link
                    href="/sign-up"
                    className="rounded-lg bg-brand-600 px-3 py-2 text-white hover:bg-brand-700"
                  >
                    Create account
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
      {user ? <SessionKeepAlive /> : null}
    </header>
  );
}
