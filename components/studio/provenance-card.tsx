import Link from 'next/link';
import type { QuestionProvenance } from '@/server/ai/provenance';
import { Card, DIFFICULTY_LABELS, formatTime } from './ui';

/** The editor's account of an AI-drafted question: which run, model and prompt wrote it, and for whom. */
export function ProvenanceCard({ provenance }: { provenance: QuestionProvenance }) {
  const p = provenance.parameters;
  const facts: [string, string][] = [
    ['Model', provenance.model],
    ['Prompt version', provenance.promptVersion],
    ['Generated', `${formatTime(provenance.generatedAt)} (run #${provenance.generationId})`],
    ['Moderator', provenance.moderator ?? 'a deleted account'],
    ['Version written', `v${provenance.firstVersion}`],
    [
      'Parameters',
      [
        typeof p.count === 'number' ? `${p.count} asked` : null,
        typeof p.difficulty === 'number' ? DIFFICULTY_LABELS[p.difficulty] : null,
        typeof p.type === 'string' ? `${p.type} response` : null,
        typeof p.guidanceLength === 'number' && p.guidanceLength > 0
          ? `guidance of ${p.guidanceLength} characters`
          : 'no guidance',
      ]
        .filter(Boolean)
        .join(' · '),
    ],
  ];
  return (
    <Card title="AI provenance">
      <p className="mb-3 text-sm text-slate-600">
        Drafted by a language model: check every fact, the key and the references before publishing.
      </p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {provenance.similarQuestionId !== null ? (
        <p className="mt-3 rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 ring-1 ring-amber-200">
          When generated, it was a possible duplicate ({Math.round((provenance.similarity ?? 0) * 100)}% of
          words shared) of{' '}
          <Link href={`/studio/questions/${provenance.similarQuestionId}`} className="font-medium underline">
            question #{provenance.similarQuestionId}
          </Link>
          .
        </p>
      ) : null}
    </Card>
  );
}
