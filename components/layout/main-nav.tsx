'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { SignOutButton } from './sign-out-button';

export interface NavItem {
  href: string;
  label: string;
}

/** `/exams/x` belongs to Exams, `/studio/questions` to Studio; `/` matches only itself. */
function isCurrent(path: string, href: string): boolean {
  return path === href || (href !== '/' && path.startsWith(`${href}/`));
}

const LINK =
  'block rounded-lg px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900 lg:px-2 lg:py-1.5 aria-[current=page]:text-brand-700 aria-[current=page]:bg-brand-50';

/**
 * The main navigation: one list, shown inline from `lg` up and behind a disclosure button below it
 * (a disclosure, not an ARIA menu: plain links in a list, Tab moves through them). Escape closes it
 * and returns focus to the button; following a link closes it.
 */
export function MainNav({
  items,
  signedIn,
  guestActions,
}: {
  items: NavItem[];
  signedIn: boolean;
  guestActions?: NavItem[];
}) {
  const path = usePathname();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(path);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  // A new page closes the menu (set during render: React's pattern for state derived from a prop).
  if (open && openedAt !== path) {
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const root = button.current?.closest('nav');
      if (root && !root.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <nav aria-label="Main" onKeyDown={onKeyDown} className="lg:static">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpenedAt(path);
          setOpen((value) => !value);
        }}
        className="inline-flex items-center gap-2 rounded-lg px-3 py-2 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
          {open ? (
            <path d="M5.3 4.3a1 1 0 0 1 1.4 0L10 7.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 9l3.3 3.3a1 1 0 0 1-1.4 1.4L10 10.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 9 5.3 5.7a1 1 0 0 1 0-1.4Z" />
          ) : (
            <path d="M3 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm0 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm1 4a1 1 0 1 0 0 2h12a1 1 0 1 0 0-2H4Z" />
          )}
        </svg>
        Menu
      </button>
      <ul
        id={listId}
        className={`${open ? 'flex' : 'hidden'} absolute inset-x-0 top-full z-40 flex-col gap-1 border-b border-slate-200 bg-white px-4 py-3 text-base font-medium shadow-lg sm:px-6 lg:static lg:flex lg:flex-row lg:items-center lg:gap-1 lg:border-0 lg:p-0 lg:text-sm lg:whitespace-nowrap lg:shadow-none`}
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(path, item.href) ? 'page' : undefined}
              onClick={() => setOpen(false)}
              className={LINK}
            >
              {item.label}
            </Link>
          </li>
        ))}
        {signedIn ? (
          <li className="mt-2 border-t border-slate-200 pt-2 lg:mt-0 lg:ml-2 lg:border-0 lg:pt-0">
            <SignOutButton />
          </li>
        ) : (
          (guestActions ?? []).map((item, index) => (
            <li key={item.href} className={index === 0 ? 'mt-2 lg:mt-0 lg:ml-2' : ''}>
              <Link
                href={item.href}
                onClick={() => setOpen(false)}
                className="block rounded-lg bg-brand-600 px-3 py-2 text-center text-white hover:bg-brand-700"
              >
                {item.label}
              </Link>
            </li>
          ))
        )}
      </ul>
    </nav>
  );
}
