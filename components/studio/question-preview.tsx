import { Explanation, References } from '@/components/question/explanation';
import { Exhibits } from '@/components/question/exhibits';
import { QuestionMarkdown } from '@/components/question/markdown';
import type { QuestionContentInput } from '@/lib/validation/studio';
import { KindPreview } from './kind-preview';

/** The question as learners will see it, rendered by the same components, updated as the moderator types. */
export function QuestionPreview({ content }: { content: QuestionContentInput }) {
  return (
    <section
      aria-label="Preview"
      className="min-w-0 space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 lg:sticky lg:top-4 lg:self-start"
    >
      <h2 className="text-sm font-semibold tracking-wide text-slate-500 uppercase">
        Preview (as learners see it)
      </h2>
      <div className="text-slate-900">
        {content.stem.trim() ? (
          <QuestionMarkdown source={content.stem} />
        ) : (
          <p className="text-sm text-slate-500 italic">The question appears here as you type.</p>
        )}
      </div>
      {content.exhibits.length > 0 ? (
        <div className="rounded-lg border border-slate-100 bg-slate-50/50 p-3">
          <Exhibits exhibits={content.exhibits} mediaPath="/api/studio/media" />
        </div>
      ) : null}
      {content.kind !== 'choice' ? (
        <KindPreview content={content} />
      ) : (
        <>
          <p className="text-xs text-slate-500">
            {content.type === 'multiple' ? 'Choose all that apply.' : 'Choose one.'}
          </p>
          <ul className="space-y-2">
            {content.options.map((option, index) => (
              <li
                key={option.id}
                className={`flex gap-3 rounded-lg border px-3 py-2 ${option.correct ? 'border-emerald-300 bg-emerald-50' : 'border-slate-200'}`}
              >
                <span className="font-semibold text-slate-500">{String.fromCharCode(65 + index)}.</span>
                <div className="min-w-0 flex-1">
                  {option.text.trim() ? (
                    <QuestionMarkdown source={option.text} />
                  ) : (
                    <span className="text-sm text-slate-500 italic">Empty option</span>
                  )}
                </div>
                {option.correct ? (
                  <span className="text-xs font-semibold text-emerald-700">Correct</span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      <Explanation
        text={content.explanation.trim() ? content.explanation : null}
        className="rounded-lg bg-slate-50 px-4 py-3"
      />
      <References references={content.references.filter((r) => r.url.trim())} />
    </section>
  );
}
