'use client';

import { StructuredAnswer, structuredHint } from '@/components/attempt/runner/structured-answer';
import { QuestionMarkdown } from '@/components/question/markdown';
import { WithExhibits } from '@/components/question/with-exhibits';
import { optionLetter } from '@/lib/exam/answers';
import type { ReviewCardView, ReviewFeedback } from '@/lib/review/views';

function optionTone(id: string, chosen: boolean, feedback: ReviewFeedback | null): string {
  if (!feedback)
    return chosen ? 'border-brand-500 bg-brand-50' : 'border-slate-200 bg-white hover:bg-slate-50';
  if (feedback.correctOptionIds.includes(id)) return 'border-emerald-400 bg-emerald-50';
  return chosen ? 'border-red-400 bg-red-50' : 'border-slate-200 bg-white opacity-70';
}

/**
 * The question of a card with its options (radio buttons, or checkboxes for "choose N"), or the
 * runner's matching/ordering answer (drag, lists, move buttons). Once answered the answer is
 * locked and marked: the key in green, a wrong choice, pair or position in red.
 */
export function ReviewQuestion({
  card,
  selected,
  onChange,
  feedback,
}: {
  card: ReviewCardView;
  selected: string[];
  onChange: (selected: string[]) => void;
  feedback: ReviewFeedback | null;
}) {
  const { question } = card;
  const multiple = question.type === 'multiple';
  const stemId = `stem-${card.cardId}`;
  if (question.type === 'matching' || question.type === 'ordering')
    return (
      <div className="space-y-4">
        <div id={stemId} className="text-base text-slate-900">
          <QuestionMarkdown source={question.stem} />
        </div>
        <p className="text-xs font-medium text-slate-600">{structuredHint(question)}</p>
        <StructuredAnswer
          question={question}
          name="Review card"
          selected={selected}
          locked={feedback !== null}
          feedbackKey={feedback?.correctOptionIds}
          onChange={onChange}
        />
      </div>
    );
  const toggle = (id: string, checked: boolean) => {
    if (!multiple) return onChange([id]);
    onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  };
  return (
    <WithExhibits exhibits={question.exhibits ?? []} idBase={`card-${card.cardId}-exhibits`}>
      <div className="space-y-4">
        <div id={stemId} className="text-base text-slate-900">
          <QuestionMarkdown source={question.stem} />
        </div>
        <fieldset aria-labelledby={stemId} className="space-y-2">
          <p className="text-xs font-medium text-slate-500">
            {multiple ? `Choose ${question.choose}.` : 'Choose one.'}
          </p>
          {question.options.map((option, index) => {
            const chosen = selected.includes(option.id);
            const inputId = `option-${card.cardId}-${option.id}`;
            const isKey = feedback?.correctOptionIds.includes(option.id) ?? false;
            return (
              <label
                key={option.id}
                htmlFor={inputId}
                className={`flex cursor-pointer items-start gap-3 rounded-lg border px-4 py-3 text-sm ${optionTone(option.id, chosen, feedback)}`}
              >
                <input
                  id={inputId}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`card-${card.cardId}`}
                  value={option.id}
                  checked={chosen}
                  disabled={feedback !== null}
                  onChange={(e) => toggle(option.id, e.target.checked)}
                  className="mt-1 h-4 w-4 accent-brand-600"
                />
                <span className="w-5 font-semibold text-slate-500" aria-hidden>
                  {optionLetter(index)}
                </span>
                <span className="flex-1">
                  <QuestionMarkdown source={option.text} />
                </span>
                {feedback && isKey ? (
                  <span className="text-xs font-semibold text-emerald-700">Correct answer</span>
                ) : null}
                {feedback && chosen && !isKey ? (
                  <span className="text-xs font-semibold text-red-700">Your answer</span>
                ) : null}
              </label>
            );
          })}
        </fieldset>
      </div>
    </WithExhibits>
  );
}
