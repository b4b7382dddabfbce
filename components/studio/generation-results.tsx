import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import type { GenerationEvent } from '@/lib/ai/generation-events';

type ItemEvent = Extract<GenerationEvent, { type: 'draft' | 'dropped' }>;
type EndEvent = Extract<GenerationEvent, { type: 'finished' | 'failed' }>;

export interface GenerationView {
  requested: number;
  items: ItemEvent[];
  end: EndEvent | null;
  running: boolean;
}

/** The review view of one generation: each item as it arrives, stored drafts first-class, drops with reasons. */
export function GenerationResults({ view }: { view: GenerationView }) {
  const received = view.items.length;
  const drafts = view.items.filter((i) => i.type === 'draft').length;
  return (
    <section aria-labelledby="generation-results" className="space-y-4">
      <h2 id="generation-results" className="text-lg font-semibold text-slate-900">
        Results
      </h2>
      <div className="space-y-1">
        <label htmlFor="generation-progress" className="block text-sm text-slate-700">
          {view.running
            ? `Generating… ${received} of ${view.requested} received`
            : `${received} of ${view.requested} received`}
        </label>
        <progress
          id="generation-progress"
          max={view.requested}
          value={received}
          className="h-2 w-full overflow-hidden rounded-full accent-brand-600"
        />
        <p role="status" className="sr-only">
          {view.running ? `${received} of ${view.requested} received, ${drafts} stored as drafts` : ''}
        </p>
      </div>
      {view.items.length > 0 ? (
        <ol className="space-y-3">
          {view.items.map((item) => (
            <li key={item.position}>
              {item.type === 'draft' ? <DraftItem item={item} /> : <DroppedItem item={item} />}
            </li>
          ))}
        </ol>
      ) : null}
      {view.end ? <EndSummary end={view.end} /> : null}
    </section>
  );
}

function DraftItem({ item }: { item: Extract<GenerationEvent, { type: 'draft' }> }) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
      <p className="font-medium break-words text-slate-900">
        {item.position}. {item.excerpt}
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-600">
        <span>Stored as draft #{item.questionId}</span>
        <Link
          href={`/studio/questions/${item.questionId}`}
          className="font-medium text-brand-700 hover:underline"
        >
          Review and edit draft #{item.questionId}
        </Link>
      </p>
      {item.duplicate ? (
        <p className="mt-2 rounded-md bg-amber-50 px-2 py-1 text-amber-900 ring-1 ring-amber-200">
          Possible duplicate ({Math.round(item.duplicate.similarity * 100)}% of words shared) of{' '}
          <Link
            href={`/studio/questions/${item.duplicate.questionId}`}
            className="font-medium underline hover:no-underline"
          >
            question #{item.duplicate.questionId}: {item.duplicate.excerpt}
          </Link>
        </p>
      ) : null}
    </article>
  );
}

function DroppedItem({ item }: { item: Extract<GenerationEvent, { type: 'dropped' }> }) {
  return (
    <article className="rounded-lg border border-red-200 bg-red-50/50 p-3 text-sm">
      <p className="font-medium break-words text-slate-900">
        {item.position}. {item.excerpt}
      </p>
      <p className="mt-1 font-medium text-red-800">Dropped, not stored:</p>
      <ul className="ml-5 list-disc text-red-800">
        {item.reasons.map((reason) => (
          <li key={reason} className="break-words">
            {reason}
          </li>
        ))}
      </ul>
    </article>
  );
}

function EndSummary({ end }: { end: EndEvent }) {
  if (end.type === 'failed') return <Alert tone="error">{end.message}</Alert>;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    <Alert tone="success">
      Done: {plural(end.created, 'draft')} stored, {plural(end.dropped, 'item')} dropped
      {end.ignored > 0 ? `, ${plural(end.ignored, 'extra item')} ignored` : ''} (
      {end.tokens.toLocaleString('en')} tokens).{' '}
      {end.created > 0 ? (
        <Link href="/studio/questions?ai=1" className="font-medium underline">
          Review the AI drafts
        </Link>
      ) : null}
    </Alert>
  );
}
