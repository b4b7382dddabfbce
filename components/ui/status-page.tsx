import type { ReactNode } from 'react';

/** The body of a 403/404 page: the status, what happened in words, and where to go instead. */
export function StatusPage({
  status,
  title,
  children,
  actions,
}: {
  status: 403 | 404;
  title: string;
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">{status}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 text-slate-600">{children}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">{actions}</div>
    </div>
  );
}
