import type { AttemptMode } from '@/lib/exam/views';

const LABELS: Record<AttemptMode, string> = { mock: 'Mock exam', practice: 'Practice', review: 'Review' };
const STYLES: Record<AttemptMode, string> = {
  mock: 'bg-brand-50 text-brand-700 ring-brand-100',
  practice: 'bg-emerald-50 text-emerald-700 ring-emerald-100',
  review: 'bg-violet-50 text-violet-700 ring-violet-100',
};

export function modeLabel(mode: AttemptMode): string {
  return LABELS[mode];
}

export function ModeBadge({ mode }: { mode: AttemptMode }) {
  return (
    <span
      className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[mode]}`}
    >
      {LABELS[mode]}
    </span>
  );
}
