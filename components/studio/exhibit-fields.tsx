'use client';

import { useState } from 'react';
import { LabelledControl } from '@/components/ui/field';
import { parseTableText, tableToText } from '@/lib/exam/exhibit-table-text';
import {
  EXHIBIT_IMAGE_TYPES,
  type CodeExhibit,
  type Exhibit,
  type ImageExhibit,
  type TableExhibit,
} from '@/lib/exam/exhibits';
import { MAX_MEDIA_BYTES, megabytes } from '@/lib/media/sniff';
import { uploadMediaAction } from '@/server/media/actions';
import { INPUT } from './ui';

export interface FieldsProps<E extends Exhibit> {
  exhibit: E;
  /** "exhibits.2": the prefix of this exhibit's field error keys and of its control ids. */
  path: string;
  number: number;
  errors: Record<string, string>;
  onChange: (exhibit: E) => void;
}

const idOf = (path: string, field: string) => `${path.replace('.', '-')}-${field}`;

/** The first error of a field or anything under it ("exhibits.0.rows.3" for the rows). */
function errorUnder(errors: Record<string, string>, key: string): string | undefined {
  return errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];
}

/** An image: the upload (checked again on the server by its bytes), its alt text, a thumbnail. */
export function ImageFields({ exhibit, path, number, errors, onChange }: FieldsProps<ImageExhibit>) {
  const [status, setStatus] = useState<{ pending: boolean; error?: string }>({ pending: false });
  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_MEDIA_BYTES) {
      setStatus({ pending: false, error: `The image is ${megabytes(file.size)}; the limit is 2 MB.` });
      return;
    }
    setStatus({ pending: true });
    const data = new FormData();
    data.set('file', file);
    try {
      const result = await uploadMediaAction(null, data);
      if (!result.ok) return setStatus({ pending: false, error: result.error });
      const { hash, mime, width, height } = result.data;
      const { title, alt } = exhibit;
      onChange({ kind: 'image', title, alt, hash, mime, ...(width && height ? { width, height } : {}) });
      setStatus({ pending: false });
    } catch {
      setStatus({ pending: false, error: 'The upload failed; check your connection and try again.' });
    }
  };
  const fileError = status.error ?? errors[`${path}.hash`];
  return (
    <div className="space-y-3">
      <LabelledControl
        id={idOf(path, 'file')}
        label={`Image file of exhibit ${number}`}
        hint="PNG, JPEG, WebP or GIF, at most 2 MB (not SVG)."
        error={fileError}
      >
        {(aria) => (
          <input
            type="file"
            accept={EXHIBIT_IMAGE_TYPES.join(',')}
            disabled={status.pending}
            onChange={(e) => void upload(e.target.files?.[0])}
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-brand-700 hover:file:bg-brand-100"
            {...aria}
          />
        )}
      </LabelledControl>
      <p role="status" className="text-xs text-slate-600">
        {status.pending
          ? 'Uploading…'
          : exhibit.hash
            ? `Uploaded${exhibit.width ? ` (${exhibit.width}×${exhibit.height} px)` : ''}.`
            : ''}
      </p>
      {exhibit.hash ? (
        // eslint-disable-next-line @next/next/no-img-element -- the studio's own media route
        <img
          src={`/api/studio/media/${exhibit.hash}`}
          alt=""
          className="max-h-32 max-w-full rounded border border-slate-200 object-contain"
        />
      ) : null}
      <LabelledControl
        id={idOf(path, 'alt')}
        label="Description for screen readers (alt text)"
        hint="Say what the image shows that the question needs: labels, values, connections."
        error={errors[`${path}.alt`]}
      >
        {(aria) => (
          <textarea
            rows={2}
            value={exhibit.alt}
            onChange={(e) => onChange({ ...exhibit, alt: e.target.value })}
            className={`${INPUT} ${errors[`${path}.alt`] ? 'border-red-500' : ''}`}
            {...aria}
          />
        )}
      </LabelledControl>
    </div>
  );
}

/** A table typed or pasted as text; the text is kept as typed, the table is what it parses to. */
export function TableFields({ exhibit, path, errors, onChange }: FieldsProps<TableExhibit>) {
  const [text, setText] = useState(() => tableToText(exhibit));
  const error = errorUnder(errors, `${path}.header`) ?? errorUnder(errors, `${path}.rows`);
  return (
    <LabelledControl
      id={idOf(path, 'table')}
      label="Table"
      hint="One row per line, the first line is the header. Separate cells with | or paste from a spreadsheet (tabs)."
      error={error}
    >
      {(aria) => (
        <textarea
          rows={5}
          wrap="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onChange({ ...exhibit, ...parseTableText(e.target.value) });
          }}
          className={`${INPUT} font-mono ${error ? 'border-red-500' : ''}`}
          {...aria}
        />
      )}
    </LabelledControl>
  );
}

/** A code or log block: shown exactly as pasted, in a monospaced box. */
export function CodeFields({ exhibit, path, errors, onChange }: FieldsProps<CodeExhibit>) {
  return (
    <div className="space-y-3">
      <LabelledControl
        id={idOf(path, 'language')}
        label="Language or log type (optional)"
        hint="Shown above the block, e.g. yaml, json, log."
        error={errors[`${path}.language`]}
      >
        {(aria) => (
          <input
            value={exhibit.language ?? ''}
            onChange={(e) => onChange({ ...exhibit, language: e.target.value || undefined })}
            className={`${INPUT} ${errors[`${path}.language`] ? 'border-red-500' : ''}`}
            {...aria}
          />
        )}
      </LabelledControl>
      <LabelledControl id={idOf(path, 'text')} label="Code or log" error={errors[`${path}.text`]}>
        {(aria) => (
          <textarea
            rows={6}
            value={exhibit.text}
            onChange={(e) => onChange({ ...exhibit, text: e.target.value })}
            className={`${INPUT} font-mono ${errors[`${path}.text`] ? 'border-red-500' : ''}`}
            spellCheck={false}
            {...aria}
          />
        )}
      </LabelledControl>
    </div>
  );
}
