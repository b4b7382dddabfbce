'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/studio', label: 'Exams', exact: true },
  { href: '/studio/questions', label: 'Questions' },
  { href: '/studio/import', label: 'Import / export' },
  { href: '/studio/generate', label: 'Generate' },
  { href: '/studio/reports', label: 'Reports' },
  { href: '/studio/audit', label: 'Audit log' },
];

export function StudioNav({ openReports }: { openReports: number }) {
  const path = usePathname();
  return (
    <nav aria-label="Studio" className="flex flex-wrap gap-1 border-b border-slate-200 pb-2">
      {LINKS.map((link) => {
        const active = link.exact
          ? path === link.href || path.startsWith('/studio/exams')
          : path.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? 'page' : undefined}
            className={`rounded-lg px-3 py-1.5 text-sm font-medium ${active ? 'bg-brand-50 text-brand-700 ring-1 ring-brand-100' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'}`}
          >
            {link.label}
            {link.href === '/studio/reports' && openReports > 0 ? (
              <>
                <span
                  aria-hidden="true"
                  className="ml-1.5 rounded-full bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-800"
                >
                  {openReports}
                </span>
                <span className="sr-only">, {openReports} open</span>
              </>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
