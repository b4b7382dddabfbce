import type { AuditLine } from '@/lib/studio/audit-diff';

/** The readable "what changed" of one audit entry: before → after per field, additions, removals. */
export function AuditChanges({ lines }: { lines: AuditLine[] }) {
  if (lines.length === 0) return <p className="text-sm text-slate-500">No field changed.</p>;
  return (
    <ul className="space-y-1 text-sm text-slate-700">
      {lines.map((line, i) => (
        <li key={i} className="break-words">
          <span className="font-medium text-slate-900">
            {line.label}
            {line.kind === 'added' ? ' added' : line.kind === 'removed' ? ' removed' : ''}:
          </span>{' '}
          {line.kind === 'change' ? (
            <>
              <del className="bg-red-50 px-0.5 text-red-900">{line.from}</del>{' '}
              <span aria-hidden="true" className="text-slate-500">
                →
              </span>
              <span className="sr-only">changed to</span>{' '}
              <ins className="bg-emerald-50 px-0.5 text-emerald-900 no-underline">{line.to}</ins>
            </>
          ) : line.kind === 'added' ? (
            <ins className="bg-emerald-50 px-0.5 text-emerald-900 no-underline">{line.text}</ins>
          ) : line.kind === 'removed' ? (
            <del className="bg-red-50 px-0.5 text-red-900">{line.text}</del>
          ) : (
            <span>{line.text}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
