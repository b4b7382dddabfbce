'use client';

import { useRef } from 'react';
import {
  exhibitLabel,
  type CodeExhibit,
  type Exhibit,
  type ImageExhibit,
  type TableExhibit,
} from '@/lib/exam/exhibits';

/** Where images come from: the learners' route (published images) or the studio's (any upload). */
export type MediaPath = '/api/media' | '/api/studio/media';

interface ViewProps {
  exhibit: Exhibit;
  index: number;
  mediaPath?: MediaPath;
  /** The heading's id, so a tab panel or region can be named by it. */
  headingId?: string;
}

/**
 * One exhibit with its "Exhibit N: title" heading. Wide tables and long code lines scroll inside
 * their own box (focusable, so a keyboard can scroll it), never the page.
 */
export function ExhibitView({ exhibit, index, mediaPath = '/api/media', headingId }: ViewProps) {
  return (
    <figure className="min-w-0 space-y-2">
      <figcaption id={headingId} className="text-sm font-semibold text-slate-900">
        {exhibitLabel(exhibit, index)}
      </figcaption>
      {exhibit.kind === 'image' ? (
        <ImageBody exhibit={exhibit} src={`${mediaPath}/${exhibit.hash}`} />
      ) : exhibit.kind === 'table' ? (
        <TableBody exhibit={exhibit} label={exhibitLabel(exhibit, index)} />
      ) : (
        <CodeBody exhibit={exhibit} label={exhibitLabel(exhibit, index)} />
      )}
    </figure>
  );
}

/** Every exhibit one under the other (a case study's scenario, the studio's preview). */
export function Exhibits({ exhibits, mediaPath }: { exhibits: readonly Exhibit[]; mediaPath?: MediaPath }) {
  if (exhibits.length === 0) return null;
  return (
    <div className="space-y-5">
      {exhibits.map((exhibit, index) => (
        <ExhibitView key={index} exhibit={exhibit} index={index} mediaPath={mediaPath} />
      ))}
    </div>
  );
}

/** The image, lazy, with its alt text; a click opens it full size in a modal dialog. */
function ImageBody({ exhibit, src }: { exhibit: ImageExhibit; src: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The studio's preview before the upload: no request for an image that is not there.
  if (!exhibit.hash) return <p className="text-sm text-slate-500 italic">No image uploaded yet.</p>;
  return (
    <>
      <div className="space-y-1.5">
        {/* eslint-disable-next-line @next/next/no-img-element -- our own immutable media route; next/image would re-encode it */}
        <img
          src={src}
          alt={exhibit.alt}
          loading="lazy"
          decoding="async"
          width={exhibit.width}
          height={exhibit.height}
          className="h-auto max-h-[28rem] max-w-full rounded-lg border border-slate-200 bg-white object-contain p-1"
        />
        <button
          type="button"
          onClick={() => dialog.current?.showModal()}
          className="min-h-11 rounded-lg px-2 text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          Enlarge<span className="sr-only"> {exhibit.title}</span>
        </button>
      </div>
      <dialog
        ref={dialog}
        aria-label={exhibit.title}
        className="m-auto max-h-[95vh] max-w-[95vw] rounded-xl bg-white p-3 shadow-xl backdrop:bg-slate-900/70"
        onClick={(e) => {
          if (e.target === e.currentTarget) dialog.current?.close();
        }}
      >
        <div className="mb-2 flex items-center justify-between gap-3">
          <p className="text-sm font-semibold text-slate-900">{exhibit.title}</p>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="min-h-11 rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
          >
            Close
          </button>
        </div>
        {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
        <img src={src} alt={exhibit.alt} className="h-auto max-h-[85vh] max-w-full object-contain" />
      </dialog>
    </>
  );
}

const SCROLL_BOX =
  'max-w-full overflow-auto rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';

function TableBody({ exhibit, label }: { exhibit: TableExhibit; label: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`${SCROLL_BOX} bg-white`}>
      <table className="min-w-full border-collapse text-left text-sm">
        <thead className="bg-slate-50">
          <tr>
            {exhibit.header.map((cell, i) => (
              <th
                key={i}
                scope="col"
                className="border-b border-slate-200 px-3 py-2 font-semibold whitespace-nowrap"
              >
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {exhibit.rows.map((row, r) => (
            <tr key={r} className="odd:bg-white even:bg-slate-50/60">
              {exhibit.header.map((_, c) => (
                <td
                  key={c}
                  // Short cells stay on one line (the box scrolls); long ones wrap at a readable width.
                  className={`border-b border-slate-100 px-3 py-1.5 align-top text-slate-800 ${(row[c] ?? '').length <= 24 ? 'whitespace-nowrap' : 'min-w-48'}`}
                >
                  {row[c] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CodeBody({ exhibit, label }: { exhibit: CodeExhibit; label: string }) {
  return (
    <div>
      {exhibit.language ? (
        <p className="mb-1 text-xs font-medium text-slate-600 uppercase">{exhibit.language}</p>
      ) : null}
      <pre
        role="region"
        aria-label={label}
        tabIndex={0}
        className={`${SCROLL_BOX} max-h-[28rem] bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100`}
      >
        <code>{exhibit.text}</code>
      </pre>
    </div>
  );
}
