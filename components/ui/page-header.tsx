import type { ReactNode } from 'react';

/** A page's title, a line about it, and what can be done on it (buttons, a search form). */
export function PageHeader({
  title,
  description,
  actions,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        {description ? <p className="mt-1 text-slate-600">{description}</p> : null}
      </div>
      {/* Capped at the row's width, and its children may shrink (a search form's input), so a phone never scrolls sideways. */}
      {actions ? (
        <div className="flex max-w-full flex-wrap gap-2 *:max-w-full *:min-w-0">{actions}</div>
      ) : null}
    </header>
  );
}

type PageHeaderProps = Parameters<typeof PageHeader>[0];

/** A page of the app: its header, then its content, evenly spaced. */
export function Page({ children, ...header }: PageHeaderProps & { children: ReactNode }) {
  return (
    <div className="space-y-6">
      <PageHeader {...header} />
      {children}
    </div>
  );
}
