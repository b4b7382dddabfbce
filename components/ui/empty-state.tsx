import type { ReactNode } from 'react';

/**
 * Nothing to show here (yet): a dashed box with a heading, a line of explanation and, optionally,
 * where to go next. `large` is for a whole page that is empty (a new learner's dashboard).
 */
export function EmptyState({
  title,
  children,
  action,
  large = false,
}: {
  title?: string;
  children?: ReactNode;
  action?: ReactNode;
  large?: boolean;
}) {
  return (
    <div
      className={`rounded-xl border border-dashed border-slate-300 bg-white text-center ${large ? 'px-6 py-12' : 'p-10'}`}
    >
      {title ? (
        <h2 className={`font-semibold text-slate-900 ${large ? 'text-xl' : 'text-base'}`}>{title}</h2>
      ) : null}
      {children ? (
        <div
          className={
            title
              ? large
                ? 'mx-auto mt-2 max-w-xl text-slate-600'
                : 'mt-1 text-sm text-slate-600'
              : 'text-sm text-slate-600'
          }
        >
          {children}
        </div>
      ) : null}
      {action ? <div className={large ? 'mt-6' : 'mt-5'}>{action}</div> : null}
    </div>
  );
}
