'use client';

import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { exhibitLabel, type Exhibit } from '@/lib/exam/exhibits';
import { ExhibitView, type MediaPath } from './exhibits';

interface Props {
  exhibits: readonly Exhibit[];
  /** Unique on the page: the tabs' and panels' ids start with it. */
  idBase: string;
  mediaPath?: MediaPath;
  /** The question itself (stem and answer). */
  children: ReactNode;
}

/**
 * A question with its exhibits: side by side on wide screens (lg, the exhibits column sticky),
 * behind tabs on narrower ones — "Question", "Exhibit 1: title", … — as WAI-ARIA tabs (one tab
 * stop, arrow keys, Home/End; a panel is hidden, never unmounted, so typed state survives).
 * Layout by CSS only, so the server's HTML is already right for the screen it lands on.
 */
export function WithExhibits({ exhibits, idBase, mediaPath, children }: Props) {
  const [selected, setSelected] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  if (exhibits.length === 0) return <>{children}</>;
  const labels = ['Question', ...exhibits.map(exhibitLabel)];
  const tabId = (i: number) => `${idBase}-tab-${i}`;
  const panelId = (i: number) => `${idBase}-panel-${i}`;
  const choose = (i: number) => {
    const next = (i + labels.length) % labels.length;
    setSelected(next);
    tabs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: selected + 1,
      ArrowLeft: selected - 1,
      Home: 0,
      End: labels.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    choose(target);
  };
  const hiddenUnlessWide = (i: number) => (selected === i ? '' : 'hidden lg:block');

  return (
    <div className="min-w-0 lg:grid lg:grid-cols-2 lg:items-start lg:gap-6">
      <div
        role="tablist"
        aria-label="Question and exhibits"
        onKeyDown={onKeyDown}
        className="mb-4 flex flex-wrap gap-1.5 lg:hidden"
      >
        {labels.map((label, i) => (
          <button
            key={i}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tabId(i)}
            aria-selected={selected === i}
            aria-controls={panelId(i)}
            tabIndex={selected === i ? 0 : -1}
            onClick={() => setSelected(i)}
            className={`min-h-11 max-w-full truncate rounded-lg px-3 py-2 text-sm font-medium ${selected === i ? 'bg-brand-600 text-white shadow-sm' : 'bg-slate-100 text-slate-700 hover:bg-slate-200 hover:text-slate-900'}`}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={panelId(0)}
        aria-labelledby={tabId(0)}
        className={`min-w-0 ${hiddenUnlessWide(0)}`}
      >
        {children}
      </div>
      <div className="min-w-0 space-y-5 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto lg:border-l lg:border-slate-100 lg:pl-6">
        {exhibits.map((exhibit, i) => (
          <div
            key={i}
            role="tabpanel"
            id={panelId(i + 1)}
            aria-labelledby={tabId(i + 1)}
            className={hiddenUnlessWide(i + 1)}
          >
            <ExhibitView exhibit={exhibit} index={i} mediaPath={mediaPath} />
          </div>
        ))}
      </div>
    </div>
  );
}
