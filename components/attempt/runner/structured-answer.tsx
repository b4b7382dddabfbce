'use client';

import { MatchingAnswer } from '@/components/question/matching-answer';
import { OrderingAnswer } from '@/components/question/ordering-answer';
import type { RunnerQuestion } from '@/lib/exam/views';

/** What a matching/ordering answer area needs of its question (the runner's, or a review card's). */
export type StructuredQuestion = Pick<
  RunnerQuestion,
  'type' | 'options' | 'partialCredit' | 'responsesReusable'
>;

/** The line under the stem that says how to answer and how it is scored. */
export function structuredHint(question: StructuredQuestion): string {
  const credit = question.partialCredit
    ? 'Each right one earns part of the credit.'
    : 'All must be right to score.';
  if (question.type === 'ordering') return `Put the items in the right order (first at the top). ${credit}`;
  const reuse = question.responsesReusable ? ' A response may be used more than once.' : '';
  return `Match each premise to a response.${reuse} ${credit}`;
}

interface Props {
  question: StructuredQuestion;
  /** Names the answer for assistive technology: "Question 3" in the runner. */
  name: string;
  selected: string[];
  locked: boolean;
  /** Practice feedback: the right pairs / order. */
  feedbackKey: string[] | undefined;
  onChange(selected: string[]): void;
}

/** A matching or ordering question's answer area in the runner. */
export function StructuredAnswer({ question, name, selected, locked, feedbackKey, onChange }: Props) {
  if (question.type === 'ordering') {
    // Unanswered: the shuffled order as shown; answered: the learner's order.
    const byId = new Map(question.options.map((o) => [o.id, o]));
    const order = selected.length === question.options.length ? selected : question.options.map((o) => o.id);
    const items = order.map((id) => byId.get(id)).filter((o) => o !== undefined);
    return (
      <div className="space-y-3">
        <OrderingAnswer
          label={`${name}: order of the items`}
          items={items}
          locked={locked}
          key_={feedbackKey}
          onChange={onChange}
        />
        {selected.length === 0 && !locked ? (
          <button
            type="button"
            onClick={() => onChange(order)}
            className="min-h-11 rounded-lg px-3 text-sm font-medium text-brand-700 ring-1 ring-brand-600 ring-inset hover:bg-brand-50"
          >
            Keep this order as my answer
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <MatchingAnswer
      label={`${name}: matches`}
      entries={question.options}
      value={selected}
      reusable={question.responsesReusable === true}
      locked={locked}
      key_={feedbackKey}
      onChange={onChange}
    />
  );
}
