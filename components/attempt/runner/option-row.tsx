'use client';

import { optionLetter } from '@/lib/exam/answers';
import type { RunnerOption } from '@/lib/exam/views';
import { MemoRichText as RichText } from './rich-text-memo';

interface Props {
  option: RunnerOption;
  index: number;
  name: string;
  multiple: boolean;
  chosen: boolean;
  struck: boolean;
  locked: boolean;
  /** Practice after the answer: is this option the key? undefined before feedback. */
  isKey: boolean | undefined;
  onSelect(optionId: string): void;
  onToggleStrike(optionId: string): void;
}

/**
 * One option: the radio button or checkbox with its letter and text, and beside it a toggle to
 * strike the option out (as candidates eliminate options in real exam interfaces). A struck-out
 * option stays choosable; choosing it brings it back.
 */
export function OptionRow({
  option,
  index,
  name,
  multiple,
  chosen,
  struck,
  locked,
  isKey,
  onSelect,
  onToggleStrike,
}: Props) {
  const letter = optionLetter(index);
  const feedback = isKey !== undefined;
  const tone = feedback
    ? isKey
      ? 'border-emerald-600 bg-emerald-50'
      : chosen
        ? 'border-red-500 bg-red-50'
        : 'border-slate-200 bg-white'
    : chosen
      ? 'border-brand-500 bg-brand-50 ring-1 ring-brand-500'
      : 'border-slate-200 bg-white hover:border-slate-400 hover:bg-slate-50';
  return (
    <li className="flex items-stretch gap-2">
      <label
        className={`flex min-w-0 flex-1 items-start gap-3 rounded-lg border px-3 py-3 transition sm:px-4 ${locked ? 'cursor-default' : 'cursor-pointer'} ${tone}`}
      >
        <input
          type={multiple ? 'checkbox' : 'radio'}
          name={name}
          value={option.id}
          checked={chosen}
          disabled={locked}
          onChange={() => onSelect(option.id)}
          className="mt-1 h-4 w-4 shrink-0 accent-brand-600"
        />
        <span
          aria-hidden
          className={`grid h-6 w-6 shrink-0 place-items-center rounded-md text-xs font-bold ${chosen ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700'}`}
        >
          {letter}
        </span>
        <span
          className={`min-w-0 flex-1 text-sm leading-relaxed break-words ${struck && !feedback ? 'text-slate-500 line-through decoration-slate-600 decoration-2' : 'text-slate-800'}`}
        >
          <RichText text={option.text} />
          {struck && !feedback ? <span className="sr-only"> (struck out)</span> : null}
        </span>
        {feedback && isKey ? (
          <span className="shrink-0 rounded bg-emerald-700 px-1.5 py-0.5 text-xs font-semibold text-white">
            Correct answer
          </span>
        ) : null}
        {feedback && chosen && !isKey ? (
          <span className="shrink-0 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">
            Your answer
          </span>
        ) : null}
      </label>
      {locked ? null : (
        <button
          type="button"
          onClick={() => onToggleStrike(option.id)}
          aria-pressed={struck}
          aria-label={`Strike out ${letter}`}
          title={struck ? `Bring back ${letter}` : `Strike out ${letter}`}
          className={`grid w-11 shrink-0 place-items-center rounded-lg border text-slate-700 transition ${struck ? 'border-slate-700 bg-slate-700 text-white hover:bg-slate-800' : 'border-slate-200 bg-white hover:border-slate-400 hover:bg-slate-50'}`}
        >
          <svg
            aria-hidden
            viewBox="0 0 24 24"
            className="h-5 w-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M6 17 9.5 7h1L14 17M7.2 13.5h5.6" strokeLinecap="round" strokeLinejoin="round" />
            <path d="M3 12h18" strokeLinecap="round" />
          </svg>
        </button>
      )}
    </li>
  );
}
