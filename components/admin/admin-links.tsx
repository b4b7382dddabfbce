import Link from 'next/link';

const PAGES = [
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/deletions', label: 'Pending deletions' },
  { href: '/admin/jobs', label: 'Background jobs' },
] as const;

/** The admin pages, linked from each other (the main navigation's Admin opens Users). */
export function AdminLinks({ current }: { current: (typeof PAGES)[number]['href'] }) {
  return (
    <nav aria-label="Admin pages">
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {PAGES.map((page) => (
          <li key={page.href}>
            <Link
              href={page.href}
              aria-current={page.href === current ? 'page' : undefined}
              className={
                page.href === current
                  ? 'font-semibold text-slate-900'
                  : 'font-medium text-brand-700 hover:underline'
              }
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
