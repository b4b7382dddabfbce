import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight text-slate-900">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-sm font-black text-white">
            P2P
          </span>
          PingToPass
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-6 text-sm font-medium text-slate-600">
            <li>
              <Link href="/exams" className="hover:text-brand-700">
                Exams
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
