'use client';

import { ReportQuestionButton } from '@/components/studio/report-question-button';
import type { AnswerFeedback } from '@/lib/exam/views';
import { MemoRichText as RichText } from './rich-text-memo';

/** Practice feedback: right or wrong, the explanation and the references, right after answering. */
export function FeedbackPanel({ feedback }: { feedback: AnswerFeedback }) {
  return (
    <div
      role="region"
      aria-label="Answer feedback"
      className={`rounded-lg border px-4 py-4 ${feedback.correct ? 'border-emerald-200 bg-emerald-50' : 'border-red-200 bg-red-50'}`}
    >
      <p className={`flex items-center gap-2 font-semibold ${feedback.correct ? 'text-emerald-800' : 'text-red-800'}`}>
        <span aria-hidden>{feedback.correct ? '✓' : '✗'}</span>
        {feedback.correct ? 'Correct' : 'Incorrect'}
      </p>
      {feedback.explanation ? (
        <div className="mt-3">
          <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Explanation</h3>
          <RichText text={feedback.explanation} className="mt-1 text-sm leading-relaxed text-slate-800" />
        </div>
      ) : null}
      {feedback.references.length > 0 ? (
        <div className="mt-3">
          <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">References</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {feedback.references.map((ref) => (
              <li key={ref.url}>
                <a href={ref.url} target="_blank" rel="noopener noreferrer nofollow" className="font-medium text-brand-700 hover:underline">
                  {ref.title || ref.url}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-3">
        <ReportQuestionButton questionId={feedback.questionId} questionVersionId={feedback.questionVersionId} />
      </div>
    </div>
  );
}
