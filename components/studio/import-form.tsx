'use client';

import { startTransition, useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from '@/lib/validation/studio-import';
import { importQuestionsAction } from '@/server/studio/actions';
import { ImportResult } from './import-result';
import { LabelledControl } from '@/components/ui/field';
import { INPUT } from './ui';

interface ExamOption {
  id: number;
  title: string;
  objectives: { id: number; code: string; title: string }[];
}

/**
 * What would be sent is over MAX_IMPORT_BYTES: the chosen file (it wins over the pasted text), or
 * else the pasted text in UTF-8. Checked before sending: past the server's body limit the request
 * would be refused before the action runs, with no message of ours.
 */
function oversizeMessage(form: HTMLFormElement): string | null {
  const file = (form.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
  if (file && file.size > 0) return file.size > MAX_IMPORT_BYTES ? IMPORT_TOO_LARGE : null;
  const text = (form.elements.namedItem('source') as HTMLTextAreaElement | null)?.value ?? '';
  return new Blob([text]).size > MAX_IMPORT_BYTES ? 'The pasted text is larger than 5 MB.' : null;
}

/**
 * Paste or upload, dry run, then import. The form is never reset (the file input keeps its file,
 * the textarea its text), so fixing a line and running again loses nothing.
 */
export function ImportForm({ exams }: { exams: ExamOption[] }) {
  const [state, dispatch, pending] = useActionState(importQuestionsAction, null);
  const [examId, setExamId] = useState(exams[0]?.id ?? 0);
  /** A problem found in the browser; nothing was sent. */
  const [localError, setLocalError] = useState<string | null>(null);
  const exam = exams.find((e) => e.id === examId);
  const result = state?.ok && !localError ? state.data : null;
  const serverError = state && !state.ok && !localError ? state : null;
  const sourceError = localError ?? serverError?.fieldErrors?.source ?? null;
  return (
    <div className="space-y-6">
      <form
        noValidate
        aria-label="Import questions"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        onSubmit={(event) => {
          event.preventDefault();
          const tooLarge = oversizeMessage(event.currentTarget);
          setLocalError(tooLarge);
          if (tooLarge) return;
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          const data = new FormData(event.currentTarget);
          // A chosen file wins over the pasted text: leave the text out, so the request stays under the server's body limit.
          const file = data.get('file');
          if (file instanceof File && file.size > 0) data.delete('source');
          data.set('mode', submitter?.value === 'import' ? 'import' : 'dry-run');
          startTransition(() => dispatch(data));
        }}
      >
        <div className="grid gap-4 sm:grid-cols-3">
          <LabelledControl id="import-exam" label="Exam">
            {(aria) => (
              <select
                {...aria}
                name="examId"
                value={examId}
                onChange={(e) => setExamId(Number(e.target.value))}
                className={INPUT}
              >
                {exams.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.title}
                  </option>
                ))}
              </select>
            )}
          </LabelledControl>
          <LabelledControl id="import-objective" label="Objective">
            {(aria) => (
              <select {...aria} name="objectiveId" className={INPUT} key={examId}>
                <option value="">From the file (objective codes)</option>
                {exam?.objectives.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.code} — {o.title}
                  </option>
                ))}
              </select>
            )}
          </LabelledControl>
          <LabelledControl id="import-format" label="Format">
            {(aria) => (
              <select {...aria} name="format" defaultValue="gift" className={INPUT}>
                <option value="gift">GIFT (Moodle)</option>
                <option value="aiken">Aiken</option>
                <option value="csv">CSV</option>
                <option value="json">JSON</option>
              </select>
            )}
          </LabelledControl>
        </div>
        <LabelledControl id="import-file" label="Upload a file">
          {(aria) => (
            <input
              {...aria}
              name="file"
              type="file"
              accept=".txt,.gift,.csv,.tsv,.json,text/plain,text/csv,text/tab-separated-values,application/json"
              aria-describedby={sourceError ? 'import-source-error' : undefined}
              aria-invalid={sourceError ? true : undefined}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                setLocalError(file && file.size > MAX_IMPORT_BYTES ? IMPORT_TOO_LARGE : null);
              }}
              className="mt-1 block text-sm"
            />
          )}
        </LabelledControl>
        <div>
          <label htmlFor="import-source" className="block text-sm font-medium text-slate-800">
            …or paste the questions
          </label>
          <textarea
            id="import-source"
            name="source"
            rows={12}
            className={`${INPUT} font-mono`}
            placeholder={'::q1:: Which port does HTTPS use? {\n=443\n~80\n~22\n}'}
          />
          <p className="mt-1 text-xs text-slate-500">
            A file, when chosen, is used instead of the pasted text. Up to 5 MB; its encoding (UTF-8, UTF-16,
            Windows-1252) and a CSV file&apos;s delimiter (comma, semicolon or tab) are detected. Exhibits
            (images, tables, code or logs) come only in JSON; GIFT, Aiken and CSV have no place for them.
          </p>
          {sourceError ? (
            <p id="import-source-error" className="mt-1 text-sm font-medium text-red-700">
              {sourceError}
            </p>
          ) : null}
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="asDraft" className="accent-brand-600" /> Import as drafts (not drawn
          until activated)
        </label>
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            value="dry-run"
            disabled={pending}
            className="rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50 disabled:opacity-60"
          >
            {pending ? 'Checking…' : 'Dry run'}
          </button>
          <button
            type="submit"
            value="import"
            disabled={pending}
            className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
          >
            Import
          </button>
        </div>
      </form>

      {localError ? (
        <Alert tone="error">{localError} Nothing was sent: choose a smaller file, or split it.</Alert>
      ) : null}
      {serverError ? (
        <Alert tone="error">
          {serverError.fieldErrors?.source ?? serverError.error}
          {Object.entries(serverError.fieldErrors ?? {})
            .filter(([field]) => field !== 'source')
            .map(([field, message]) => (
              <span key={field} className="block">
                {message}
              </span>
            ))}
        </Alert>
      ) : null}
      {result ? <ImportResult result={result} /> : null}
    </div>
  );
}
