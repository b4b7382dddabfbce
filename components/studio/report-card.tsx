import type { ReactNode } from 'react';
import { markdownToPlainText } from '@/lib/markdown/plain-text';

/**
 * One problem report in a list, for the learner who sent it and for moderators alike: where it
 * is from, the question's stem as plain text (never raw markdown), its status, then the body.
 */
export function ReportCard({
  context,
  stem,
  aside,
  children,
}: {
  context: ReactNode;
  stem: string;
  aside: ReactNode;
  children: ReactNode;
}) {
  return (
    <li className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="text-xs text-slate-500">{context}</p>
          <p className="mt-1 line-clamp-2 text-sm font-medium text-slate-900">
            {markdownToPlainText(stem, 200)}
          </p>
        </div>
        {aside}
      </div>
      {children}
    </li>
  );
}
