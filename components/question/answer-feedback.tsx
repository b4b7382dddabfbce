import type { ReactNode } from 'react';
import type { Reference } from '@/lib/exam/views';
import { Explanation, References } from './explanation';

/**
 * Right or wrong, then the explanation and the references, right after an answer is checked
 * (practice in the runner, daily review). `detail` follows the verdict on its line, `notes` stand
 * under it, `children` (e.g. "Report a problem") close the panel.
 */
export function AnswerFeedbackPanel({
  correct,
  explanation,
  references,
  detail,
  notes,
  children,
}: {
  correct: boolean;
  explanation: string;
  references: readonly Reference[];
  detail?: ReactNode;
  notes?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label="Answer feedback"
      className={`rounded-lg border px-4 py-4 ${correct ? 'border-emerald-200 bg-emerald-50' : 'border-red-200 bg-red-50'}`}
    >
      <p className={`font-semibold ${correct ? 'text-emerald-800' : 'text-red-800'}`}>
        <span aria-hidden>{correct ? '✓ ' : '✗ '}</span>
        {correct ? 'Correct' : 'Incorrect'}
        {detail ? <span className="ml-2 text-sm font-normal text-slate-700">{detail}</span> : null}
      </p>
      {notes}
      <Explanation text={explanation} className="mt-3" />
      <References references={references} className="mt-3" />
      {children ? <div className="mt-3">{children}</div> : null}
    </div>
  );
}
