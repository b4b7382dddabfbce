import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatDuration, pluralize } from '@/lib/format';
import type { ExamSummary } from '@/server/catalog/queries';

export function ExamCard({ exam }: { exam: ExamSummary }) {
  return (
    <li className="group relative flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-500 hover:shadow-md">
      <div className="flex items-center justify-between gap-2">
        <Badge>{exam.code}</Badge>
        <span className="text-xs text-slate-500">{exam.vendor}</span>
      </div>
      <h2 className="mt-3 text-lg font-semibold text-slate-900">
        <Link href={`/exams/${exam.slug}`} className="after:absolute after:inset-0">
          {exam.title}
        </Link>
      </h2>
      <div className="flex-1">
        <p className="mt-2 line-clamp-3 text-sm text-slate-600">{exam.description}</p>
      </div>
      <dl className="mt-4 grid grid-cols-3 gap-2 border-t border-slate-100 pt-4 text-xs text-slate-500">
        <div>
          <dt className="sr-only">Duration</dt>
          <dd>{formatDuration(exam.durationMinutes)}</dd>
        </div>
        <div>
          <dt className="sr-only">Questions per exam</dt>
          <dd>{pluralize(exam.questionCount, 'question')}</dd>
        </div>
        <div>
          <dt className="sr-only">Passing score</dt>
          <dd>Pass {exam.passingScore}%</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-slate-500">{pluralize(exam.bankSize, 'question')} in the bank</p>
    </li>
  );
}
