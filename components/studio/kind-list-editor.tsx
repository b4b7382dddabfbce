'use client';

import type { QuestionContentInput } from '@/lib/validation/studio';
import { MATCHING_PREMISES, MAX_RESPONSES, ORDERING_ITEMS } from '@/lib/validation/question-kinds';
import { INPUT } from './ui';

type Option = QuestionContentInput['options'][number];
type Content = Pick<QuestionContentInput, 'kind' | 'options' | 'partialCredit' | 'responsesReusable'>;

const SMALL_BUTTON =
  'min-h-11 rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 disabled:opacity-40';

/** Starter entries when a new question becomes a matching or ordering question. */
export function starterOptions(kind: 'matching' | 'ordering', newId: () => string): Option[] {
  if (kind === 'ordering') return [0, 1, 2].map(() => ({ id: newId(), text: '', correct: false }));
  const responses = [0, 1].map(() => ({ id: newId(), text: '', correct: false }));
  const premises = responses.map((r) => ({ id: newId(), text: '', correct: false, match: r.id }));
  return [...premises, ...responses];
}

/**
 * The entries of a matching question (premises, each with its right response; the responses) or
 * of an ordering question (the items in the right order, moved with buttons), and the scoring rules.
 */
export function KindListEditor({
  content,
  error,
  newId,
  onChange,
}: {
  content: Content;
  error?: string;
  newId: () => string;
  onChange: (patch: Partial<Content>) => void;
}) {
  const setOptions = (options: Option[]) => onChange({ options });
  const edit = (id: string, patch: Partial<Option>) =>
    setOptions(content.options.map((o) => (o.id === id ? { ...o, ...patch } : o)));
  const remove = (id: string) =>
    setOptions(
      content.options
        .filter((o) => o.id !== id)
        // A removed response leaves its premises unmatched (the check says so), never silently re-matched.
        .map((o) => (o.match === id ? { ...o, match: '' } : o)),
    );
  return (
    <fieldset className="space-y-4" aria-describedby={error ? 'q-kind-error' : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {content.kind === 'matching' ? 'Premises and responses' : 'Items, in the right order'}
      </legend>
      {content.kind === 'matching' ? (
        <MatchingLists content={content} edit={edit} remove={remove} newId={newId} setOptions={setOptions} />
      ) : (
        <OrderingList
          options={content.options}
          edit={edit}
          remove={remove}
          newId={newId}
          setOptions={setOptions}
        />
      )}
      <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={content.partialCredit}
          onChange={(e) => onChange({ partialCredit: e.target.checked })}
          className="h-4 w-4"
        />
        Partial credit (each right {content.kind === 'matching' ? 'pair' : 'position'} earns its share; off:
        all-or-nothing)
      </label>
      {content.kind === 'matching' ? (
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={content.responsesReusable}
            onChange={(e) => onChange({ responsesReusable: e.target.checked })}
            className="h-4 w-4"
          />
          A response may answer several premises
        </label>
      ) : null}
      {error ? (
        <p id="q-kind-error" className="text-xs font-medium text-red-600">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

interface ListProps {
  edit(id: string, patch: Partial<Option>): void;
  remove(id: string): void;
  newId(): string;
  setOptions(options: Option[]): void;
}

function MatchingLists({ content, edit, remove, newId, setOptions }: ListProps & { content: Content }) {
  const premises = content.options.filter((o) => o.match !== undefined);
  const responses = content.options.filter((o) => o.match === undefined);
  return (
    <>
      <ol className="space-y-3" aria-label="Premises">
        {premises.map((premise, index) => (
          <li key={premise.id} className="space-y-2 rounded-lg border border-slate-200 p-3">
            <label className="block text-xs font-medium text-slate-700" htmlFor={`premise-${premise.id}`}>
              Premise {index + 1}
            </label>
            <input
              id={`premise-${premise.id}`}
              value={premise.text}
              onChange={(e) => edit(premise.id, { text: e.target.value })}
              className={INPUT}
            />
            <label className="block text-xs font-medium text-slate-700" htmlFor={`match-${premise.id}`}>
              Right response for premise {index + 1}
            </label>
            <select
              id={`match-${premise.id}`}
              value={premise.match}
              onChange={(e) => edit(premise.id, { match: e.target.value })}
              className={INPUT}
            >
              <option value="">Choose…</option>
              {responses.map((r, i) => (
                <option key={r.id} value={r.id}>
                  {r.text.trim() || `Response ${i + 1}`}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => remove(premise.id)}
              disabled={premises.length <= MATCHING_PREMISES.min}
              className={SMALL_BUTTON}
            >
              Remove premise {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={premises.length >= MATCHING_PREMISES.max}
        onClick={() => {
          const first = premises.length;
          const added = { id: newId(), text: '', correct: false, match: '' };
          setOptions([...content.options.slice(0, first), added, ...content.options.slice(first)]);
        }}
        className={SMALL_BUTTON}
      >
        Add a premise
      </button>
      <ol className="space-y-2" aria-label="Responses">
        {responses.map((response, index) => (
          <li key={response.id} className="flex items-end gap-2">
            <div className="min-w-0 flex-1 space-y-1">
              <label className="block text-xs font-medium text-slate-700" htmlFor={`response-${response.id}`}>
                Response {index + 1}
              </label>
              <input
                id={`response-${response.id}`}
                value={response.text}
                onChange={(e) => edit(response.id, { text: e.target.value })}
                className={INPUT}
              />
            </div>
            <button type="button" onClick={() => remove(response.id)} className={SMALL_BUTTON}>
              Remove<span className="sr-only"> response {index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={responses.length >= MAX_RESPONSES}
        onClick={() => setOptions([...content.options, { id: newId(), text: '', correct: false }])}
        className={SMALL_BUTTON}
      >
        Add a response
      </button>
    </>
  );
}

function OrderingList({ options, edit, remove, newId, setOptions }: ListProps & { options: Option[] }) {
  const move = (from: number, to: number) => {
    const next = options.slice();
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setOptions(next);
  };
  return (
    <>
      <ol className="space-y-2" aria-label="Items in the right order">
        {options.map((item, index) => (
          <li key={item.id} className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1 space-y-1">
              <label className="block text-xs font-medium text-slate-700" htmlFor={`item-${item.id}`}>
                Item {index + 1}
              </label>
              <input
                id={`item-${item.id}`}
                value={item.text}
                onChange={(e) => edit(item.id, { text: e.target.value })}
                className={INPUT}
              />
            </div>
            <button
              type="button"
              onClick={() => move(index, index - 1)}
              disabled={index === 0}
              className={SMALL_BUTTON}
              aria-label={`Move item ${index + 1} up`}
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => move(index, index + 1)}
              disabled={index === options.length - 1}
              className={SMALL_BUTTON}
              aria-label={`Move item ${index + 1} down`}
            >
              ↓
            </button>
            <button
              type="button"
              onClick={() => remove(item.id)}
              disabled={options.length <= ORDERING_ITEMS.min}
              className={SMALL_BUTTON}
            >
              Remove<span className="sr-only"> item {index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={options.length >= ORDERING_ITEMS.max}
        onClick={() => setOptions([...options, { id: newId(), text: '', correct: false }])}
        className={SMALL_BUTTON}
      >
        Add an item
      </button>
    </>
  );
}
