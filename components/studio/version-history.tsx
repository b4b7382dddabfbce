'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmSubmitButton } from '@/components/ui/confirm-dialog';
import { restoreVersionAction } from '@/server/studio/actions';
import type { TextSegment, VersionChange } from '@/lib/studio/version-diff';

export interface HistoryEntry {
  version: number;
  authorName: string | null;
  createdAt: string;
  source: string | null;
  restoredFrom: number | null;
  changes: VersionChange[];
}

function Segments({ segments }: { segments: TextSegment[] }) {
  return (
    <span className="break-words whitespace-pre-wrap">
      {segments.map((s, i) =>
        s.kind === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === 'added' ? (
          <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
            {s.text}
          </ins>
        ) : (
          <del key={i} className="bg-red-100 text-red-900">
            {s.text}
          </del>
        ),
      )}
    </span>
  );
}

function Change({ change }: { change: VersionChange }) {
  switch (change.kind) {
    case 'text':
      return (
        <>
          <span className="font-medium">{change.field === 'stem' ? 'Question' : 'Explanation'}:</span>{' '}
          <Segments segments={change.segments} />
        </>
      );
    case 'option-added':
      return (
        <>
          <span className="font-medium">
            Option {change.label} added{change.correct ? ' (correct)' : ''}:
          </span>{' '}
          <ins className="bg-emerald-100 no-underline">{change.text}</ins>
        </>
      );
    case 'option-removed':
      return (
        <>
          <span className="font-medium">Option {change.label} removed:</span>{' '}
          <del className="bg-red-100">{change.text}</del>
        </>
      );
    case 'option-text':
      return (
        <>
          <span className="font-medium">Option {change.label}:</span> <Segments segments={change.segments} />
        </>
      );
    case 'option-correct':
      return (
        <span className="font-medium">
          Option {change.label} is now {change.correct ? 'correct' : 'wrong'}
        </span>
      );
    case 'options-reordered':
      return <span className="font-medium">Options reordered: {change.order.join(', ')}</span>;
    case 'references':
      return (
        <span className="font-medium">
          References changed ({change.from.length} → {change.to.length})
        </span>
      );
    case 'exhibits':
      return (
        <span className="font-medium">
          Exhibits changed ({change.from.length} → {change.to.length}):{' '}
          <span className="font-normal">{change.to.join('; ') || 'none'}</span>
        </span>
      );
    case 'meta':
      return (
        <span className="font-medium">
          {change.field[0]!.toUpperCase() + change.field.slice(1)}: {change.from} → {change.to}
        </span>
      );
  }
}

function RestoreButton({
  questionId,
  version,
  current,
}: {
  questionId: number;
  version: number;
  current: number;
}) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(restoreVersionAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <ActionForm
      dispatch={dispatch}
      aria-label={`Restore version ${version}`}
      className="flex items-center gap-2"
    >
      <input type="hidden" name="questionId" value={questionId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmitButton
        variant="secondary"
        size="sm"
        pending={pending}
        pendingLabel="Restoring…"
        tone="primary"
        title={`Restore version ${version} of question #${questionId}?`}
        confirmLabel={`Restore v${version}`}
        description={
          <>
            <p>
              This writes version {current + 1} with the content of version {version}. Unsaved edits in the
              editor above are discarded.
            </p>
            <p>Version {current} stays in the history, and attempts keep the version they showed.</p>
          </>
        }
      >
        Restore v{version}
      </ConfirmSubmitButton>
      <ActionError state={state} />
    </ActionForm>
  );
}

export function VersionHistory({
  questionId,
  entries,
  current,
}: {
  questionId: number;
  entries: HistoryEntry[];
  current: number;
}) {
  return (
    <ol className="space-y-3" aria-label="Version history">
      {entries.map((entry) => (
        <li key={entry.version} className="rounded-lg border border-slate-200 p-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm">
              <span className="font-semibold text-slate-900">Version {entry.version}</span>
              {entry.version === current ? (
                <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-700">
                  current
                </span>
              ) : null}
              <span className="text-slate-500">
                {' '}
                · {entry.authorName ?? 'seed data'} · {entry.createdAt}
                {entry.source
                  ? ` · ${entry.restoredFrom ? `restored from v${entry.restoredFrom}` : entry.source}`
                  : ''}
              </span>
            </p>
            {entry.version !== current ? (
              <RestoreButton questionId={questionId} version={entry.version} current={current} />
            ) : null}
          </div>
          {entry.changes.length > 0 ? (
            <ul className="mt-2 space-y-1 text-sm text-slate-700">
              {entry.changes.map((change, i) => (
                <li key={i}>
                  <Change change={change} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-500">
              {entry.version === 1
                ? 'First version.'
                : 'No content change (type, objective or difficulty only).'}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
