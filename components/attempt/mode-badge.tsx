import type { AttemptMode } from '@/lib/exam/views';

const LABELS: Record<AttemptMode, string> = { mock: 'Mock exam', practice: 'Practice', review: 'Review' };
const STYLES: Record<AttemptMode, string> = {
  mock: 'bg-brand-50 text-brand-700 ring-brand-100',
  practice: 'bg-emerald-50 text-emerald-700 ring-emerald-100',
  review: 'bg-violet-50 text-violet-700 ring-violet-100',
};
// A diagnostic is a practice attempt of its own kind (server/attempts/diagnostic.ts): named apart.
const DIAGNOSTIC_LABEL = 'Diagnostic';
const DIAGNOSTIC_STYLE = 'bg-amber-50 text-amber-800 ring-amber-200';

export function modeLabel(mode: AttemptMode, diagnostic = false): string {
  return diagnostic ? DIAGNOSTIC_LABEL : LABELS[mode];
}

export function ModeBadge({ mode, diagnostic = false }: { mode: AttemptMode; diagnostic?: boolean }) {
  return (
    <span
      className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${diagnostic ? DIAGNOSTIC_STYLE : STYLES[mode]}`}
    >
      {modeLabel(mode, diagnostic)}
    </span>
  );
}
