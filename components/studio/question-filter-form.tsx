'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { MAX_SEARCH_LENGTH } from '@/lib/validation/search-params';
import type { QuestionListQuery } from '@/lib/validation/studio';
import { LabelledControl } from '@/components/ui/field';
import { INPUT } from './ui';

type Choice = [value: string, label: string];

interface Props {
  query: QuestionListQuery;
  exams: { id: number; code: string; title: string }[];
  objectives: { id: number; examId: number; code: string; title: string }[];
}

const TYPES: Choice[] = [
  ['single', 'Single response'],
  ['multiple', 'Multiple response'],
];
const DIFFICULTIES: Choice[] = [
  ['1', 'Easy'],
  ['2', 'Medium'],
  ['3', 'Hard'],
];
const STATUSES: Choice[] = [
  ['active', 'Active'],
  ['draft', 'Draft'],
  ['retired', 'Retired'],
];
const SORTS: Choice[] = [
  ['newest', 'Newest first'],
  ['oldest', 'Oldest first'],
  ['updated', 'Recently edited'],
];

/** A query string without empty fields and the default sort, in the form's field order. */
function toSearch(entries: Iterable<[string, FormDataEntryValue]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries)
    if (typeof value === 'string' && value !== '' && !(key === 'sort' && value === 'newest'))
      params.append(key, value);
  return params.toString();
}

function queryOf(form: HTMLFormElement): string {
  return toSearch(new FormData(form));
}

/**
 * The question list's filters. A plain GET form (it works before hydration and without scripts,
 * with the Apply button); with scripts, the objective list follows the chosen exam at once and
 * every select or checkbox applies on change through a client navigation (no reload).
 */
type Values = Record<'q' | 'exam' | 'objective' | 'type' | 'difficulty' | 'status' | 'sort', string> & {
  reported: boolean;
  poor: boolean;
  ai: boolean;
};

function valuesOf(query: QuestionListQuery): Values {
  const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  return {
    q: query.q ?? '',
    exam: text(query.exam),
    objective: text(query.objective),
    type: text(query.type),
    difficulty: text(query.difficulty),
    status: text(query.status),
    sort: query.sort,
    reported: query.reported === '1',
    poor: query.poor === '1',
    ai: query.ai === '1',
  };
}

/** What queryOf gives for a form showing these values (same fields, same order). */
function serialize(values: Values): string {
  const { reported, poor, ai, ...rest } = values;
  return toSearch([
    ...Object.entries(rest),
    ['reported', reported ? '1' : ''],
    ['poor', poor ? '1' : ''],
    ['ai', ai ? '1' : ''],
  ]);
}

export function QuestionFilterForm({ query, exams, objectives }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState(() => valuesOf(query));
  // The query strings this form asked for lately: their pages must not undo what was typed since.
  const [applied, setApplied] = useState<string[]>([]);
  // Another navigation (Reset, Back, a pagination link) brings a new query: the fields follow it.
  const [shown, setShown] = useState(query);
  if (shown !== query) {
    setShown(query);
    if (!applied.includes(serialize(valuesOf(query)))) setValues(valuesOf(query));
  }
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const examObjectives = objectives.filter((o) => String(o.examId) === values.exam);

  const apply = (form: HTMLFormElement) => {
    const search = queryOf(form);
    setApplied((list) => [...list.slice(-4), search]);
    startTransition(() => router.push(search ? `${pathname}?${search}` : pathname));
  };
  // Selects and checkboxes apply at once (after React has re-rendered the fields they change);
  // the search box waits for Enter or Apply.
  const applyOnChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const form = event.currentTarget;
    if (target.tagName === 'SELECT' || target.type === 'checkbox') setTimeout(() => apply(form), 0);
  };
  const select = (name: keyof Values) => ({
    value: String(values[name]),
    onChange: (value: string) => set({ [name]: value }),
  });

  return (
    <form
      role="search"
      aria-label="Filter questions"
      action={pathname}
      onSubmit={(event) => {
        event.preventDefault();
        apply(event.currentTarget);
      }}
      onChange={applyOnChange}
      aria-busy={pending || undefined}
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
    >
      <LabelledControl
        id="f-q"
        label="Search title, stem, options and explanation"
        compact
        className="sm:col-span-2 lg:col-span-4"
      >
        {(aria) => (
          <input
            {...aria}
            name="q"
            type="search"
            value={values.q}
            onChange={(e) => set({ q: e.target.value })}
            maxLength={MAX_SEARCH_LENGTH}
            placeholder="e.g. bucket policy"
            className={INPUT}
          />
        )}
      </LabelledControl>
      <Select
        id="f-exam"
        name="exam"
        label="Exam"
        value={values.exam}
        // Another exam's objective would match nothing: the objective goes back to "all".
        onChange={(exam) => set({ exam, objective: '' })}
        options={exams.map((e) => [String(e.id), `${e.code} — ${e.title}`])}
      />
      <Select
        id="f-objective"
        name="objective"
        label="Objective"
        {...select('objective')}
        options={examObjectives.map((o) => [String(o.id), `${o.code} — ${o.title}`])}
        empty={values.exam ? 'All objectives' : 'Choose an exam first'}
        disabled={!values.exam}
      />
      <Select id="f-type" name="type" label="Type" {...select('type')} options={TYPES} />
      <Select
        id="f-difficulty"
        name="difficulty"
        label="Difficulty"
        {...select('difficulty')}
        options={DIFFICULTIES}
      />
      <Select id="f-status" name="status" label="Status" {...select('status')} options={STATUSES} />
      <Select id="f-sort" name="sort" label="Sort" {...select('sort')} options={SORTS} empty={null} />
      <fieldset className="flex flex-col justify-end gap-1 text-sm text-slate-700">
        <legend className="sr-only">Flags</legend>
        <Check
          name="reported"
          label="Has open reports"
          checked={values.reported}
          onChange={(reported) => set({ reported })}
        />
        <Check name="poor" label="Poor statistics" checked={values.poor} onChange={(poor) => set({ poor })} />
        <Check
          name="ai"
          label="AI drafts awaiting review"
          checked={values.ai}
          onChange={(ai) => set({ ai })}
        />
      </fieldset>
      <div className="flex items-end gap-2">
        <button
          type="submit"
          className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Apply
        </button>
        <Link
          href={pathname}
          className="rounded-lg px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100"
        >
          Reset
        </Link>
        <span role="status" className="self-center text-xs text-slate-500">
          {pending ? 'Updating…' : ''}
        </span>
      </div>
    </form>
  );
}

function Check({
  name,
  label,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-2">
      <input
        type="checkbox"
        name={name}
        value="1"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="accent-brand-600"
      />
      {label}
    </label>
  );
}

function Select({
  id,
  name,
  label,
  options,
  value,
  onChange,
  empty = 'All',
  disabled = false,
}: {
  id: string;
  name: string;
  label: string;
  options: Choice[];
  value: string;
  onChange: (value: string) => void;
  /** The first, empty choice ("All"); null for none. */
  empty?: string | null;
  disabled?: boolean;
}) {
  return (
    <LabelledControl id={id} label={label} compact className="">
      {(aria) => (
        <select
          {...aria}
          name={name}
          className={INPUT}
          disabled={disabled}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {empty !== null ? <option value="">{empty}</option> : null}
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}
