import { LabelledControl } from '@/components/ui/field';
import { PRACTICE_KINDS, type PracticeKind } from '@/lib/validation/attempts';

const KIND_LABELS: Record<PracticeKind, string> = {
  any: 'Any kind',
  single: 'Single response (choose one)',
  multiple: 'Multiple response (choose several)',
  matching: 'Matching',
  ordering: 'Ordering',
};

/** The practice form's question-kind filter (issue 20), combined with the objectives and the filter above. */
export function PracticeKindSelect({ error }: { error?: string }) {
  return (
    <LabelledControl
      id="practice-kind"
      label="Question kind"
      hint="Practise one kind of question, e.g. only matching."
      error={error}
    >
      {(aria) => (
        <select
          {...aria}
          name="kind"
          defaultValue="any"
          className={`block min-h-11 w-full max-w-xs rounded-lg border bg-white px-3 text-sm text-slate-900 shadow-sm outline-none focus:ring-2 focus:ring-brand-500 ${error ? 'border-red-500' : 'border-slate-400'}`}
        >
          {PRACTICE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}
