'use client';

import { useId, useState } from 'react';
import { Exhibits } from '@/components/question/exhibits';
import type { CaseStudyView } from '@/lib/exam/views';
import { RichText } from './rich-text';
import { Sheet } from './runner/sheet';

interface ScenarioProps {
  caseStudy: CaseStudyView;
  /** Controlled by the runner (it pauses its shortcuts meanwhile and closes it when time runs out). */
  open?: boolean;
  onOpenChange?(open: boolean): void;
  className?: string;
}

/**
 * "Scenario": the case study's shared scenario (and then its exhibits) one click away, in a modal sheet (the whole screen
 * on phones). A native dialog: Escape closes it and focus goes back to this button.
 */
export function ScenarioButton({ caseStudy, open: controlled, onOpenChange, className = '' }: ScenarioProps) {
  const [own, setOpen] = useState(false);
  const open = controlled ?? own;
  const titleId = useId();
  const change = (next: boolean) => {
    setOpen(next);
    onOpenChange?.(next);
  };
  return (
    <>
      <button
        type="button"
        onClick={() => change(true)}
        aria-haspopup="dialog"
        className={`inline-flex min-h-11 items-center gap-1.5 rounded-lg bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 ring-1 ring-slate-300 ring-inset hover:bg-brand-50 ${className}`}
      >
        <svg
          aria-hidden
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <path d="M5 3h7l3 3v11H5zM12 3v3h3M8 10h5M8 13h5" strokeLinejoin="round" />
        </svg>
        Scenario
      </button>
      <Sheet open={open} onClose={() => change(false)} titleId={titleId} title={caseStudy.title} reading>
        {open ? (
          <div className="space-y-3">
            <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
              Case study scenario
            </p>
            <RichText text={caseStudy.scenario} className="leading-relaxed text-slate-900" />
            {caseStudy.exhibits?.length ? (
              <div className="border-t border-slate-200 pt-4">
                <Exhibits exhibits={caseStudy.exhibits} />
              </div>
            ) : null}
          </div>
        ) : null}
      </Sheet>
    </>
  );
}

/** The section banner above a case study's question in the runner. */
export function CaseBanner({
  caseStudy,
  position,
  open,
  onOpenChange,
}: {
  caseStudy: CaseStudyView;
  position: number;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const k = caseStudy.positions.indexOf(position) + 1;
  return (
    <section
      aria-label="Case study"
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-brand-100 bg-brand-50 px-4 py-3 sm:px-6"
    >
      <div className="min-w-0">
        <p className="text-sm font-semibold text-slate-900">
          Case study: <span className="break-words">{caseStudy.title}</span>
        </p>
        <p className="text-xs text-slate-700">
          Question {k} of {caseStudy.positions.length} in this case
        </p>
      </div>
      <ScenarioButton caseStudy={caseStudy} open={open} onOpenChange={onOpenChange} />
    </section>
  );
}
