'use client';

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { useId, useMemo } from 'react';
import { matchesOf, pairOf } from '@/lib/exam/kinds';
import { markdownToPlainText } from '@/lib/markdown/plain-text';

export interface MatchingEntry {
  id: string;
  text: string;
  premise?: true;
}

interface Props {
  label: string;
  /** Premises (flagged) and responses, as the runner shows them. */
  entries: MatchingEntry[];
  /** The answer as "premise:response" pairs. */
  value: string[];
  reusable: boolean;
  locked: boolean;
  /** After the answer (practice, review): the right pairs. */
  key_?: string[];
  onChange(pairs: string[]): void;
}

const plain = (text: string) => markdownToPlainText(text, 120);

// Pointer first (exact), else the largest overlap: the keyboard sensor moves in steps and needs it.
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

/**
 * A matching answer: each premise has a list box of the responses (the non-drag way, keyboard and
 * screen readers included), and each response is a chip that can be dragged onto a premise with
 * a mouse, a finger, or the keyboard (Space to lift, arrows to move, Space to drop), announced.
 */
export function MatchingAnswer({ label, entries, value, reusable, locked, key_, onChange }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 6 } }),
    useSensor(KeyboardSensor),
  );
  const premises = entries.filter((e) => e.premise);
  const responses = entries.filter((e) => !e.premise);
  const given = matchesOf(value);
  const right = key_ ? matchesOf(key_) : null;
  const textOf = useMemo(() => new Map(entries.map((e) => [e.id, plain(e.text)])), [entries]);
  const used = new Set(given.values());

  const setMatch = (premiseId: string, responseId: string | null) => {
    if (locked) return;
    const next = new Map(given);
    if (responseId === null) next.delete(premiseId);
    else {
      // Without reuse a response answers one premise: taking it moves it.
      if (!reusable) for (const [p, r] of next) if (r === responseId) next.delete(p);
      next.set(premiseId, responseId);
    }
    onChange(premises.filter((p) => next.has(p.id)).map((p) => pairOf(p.id, next.get(p.id)!)));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) setMatch(String(over.id), String(active.data.current?.responseId ?? ''));
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${textOf.get(String(active.data.current?.responseId))}.`,
    onDragOver: ({ over }) => (over ? `Over ${textOf.get(String(over.id))}.` : 'Not over a premise.'),
    onDragEnd: ({ active, over }) =>
      over
        ? `${textOf.get(String(active.data.current?.responseId))} matched to ${textOf.get(String(over.id))}.`
        : 'Dropped outside the premises; nothing changed.',
    onDragCancel: () => 'Cancelled; nothing changed.',
  };
  const bank = responses.filter((r) => reusable || !used.has(r.id));

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To match a response, press Space, move it onto a premise with the arrow keys, and press Space to drop it. Each premise also has a list to choose its response.',
        },
      }}
    >
      <div role="group" aria-label={label} className="space-y-4">
        <ul className="space-y-2.5">
          {premises.map((premise, index) => (
            <PremiseRow
              key={premise.id}
              premise={premise}
              index={index}
              responses={responses}
              chosen={given.get(premise.id) ?? null}
              takenElsewhere={reusable ? NONE : used}
              rightId={right ? (right.get(premise.id) ?? null) : undefined}
              locked={locked}
              onChange={(responseId) => setMatch(premise.id, responseId)}
            />
          ))}
        </ul>
        {locked ? null : (
          <div>
            <p className="mb-2 text-sm font-medium text-slate-700">
              {reusable ? 'Responses (each may be used more than once)' : 'Responses left to match'}
            </p>
            <ul className="flex flex-wrap gap-2">
              {bank.map((response) => (
                <ResponseChip key={response.id} response={response} />
              ))}
              {bank.length === 0 ? <li className="text-sm text-slate-600">Every response is used.</li> : null}
            </ul>
          </div>
        )}
      </div>
    </DndContext>
  );
}

const NONE: ReadonlySet<string> = new Set();

function PremiseRow({
  premise,
  index,
  responses,
  chosen,
  takenElsewhere,
  rightId,
  locked,
  onChange,
}: {
  premise: MatchingEntry;
  index: number;
  responses: MatchingEntry[];
  chosen: string | null;
  /**
   * Responses another premise holds (no reuse): offered but disabled in this list, so typing
   * ahead through it never takes one away from the other premise on the way.
   */
  takenElsewhere: ReadonlySet<string>;
  rightId: string | null | undefined;
  locked: boolean;
  onChange(responseId: string | null): void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: premise.id, disabled: locked });
  const selectId = useId();
  const ok = rightId === undefined ? undefined : chosen !== null && chosen === rightId;
  const tone =
    ok === undefined
      ? isOver
        ? 'border-brand-600 bg-brand-50'
        : 'border-slate-300 bg-white'
      : ok
        ? 'border-emerald-600 bg-emerald-50'
        : 'border-red-600 bg-red-50';
  const rightText = responses.find((r) => r.id === rightId)?.text;
  return (
    <li ref={setNodeRef} className={`rounded-lg border px-3 py-2.5 ${tone}`}>
      <label htmlFor={selectId} className="block text-sm font-medium text-slate-900">
        <span className="mr-1 text-slate-600">{index + 1}.</span>
        {markdownToPlainText(premise.text, 500)}
      </label>
      <select
        id={selectId}
        value={chosen ?? ''}
        disabled={locked}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        className="mt-2 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-2 text-sm text-slate-900 disabled:opacity-80"
      >
        <option value="">Choose a response…</option>
        {responses.map((r) => (
          <option key={r.id} value={r.id} disabled={r.id !== chosen && takenElsewhere.has(r.id)}>
            {plain(r.text)}
          </option>
        ))}
      </select>
      {ok === false && rightText !== undefined ? (
        <p className="mt-1 text-sm text-red-900">Right response: {plain(rightText)}</p>
      ) : null}
      {ok === true ? <p className="mt-1 text-sm text-emerald-900">Right</p> : null}
    </li>
  );
}

function ResponseChip({ response }: { response: MatchingEntry }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: `response-${response.id}`,
    data: { responseId: response.id },
  });
  return (
    <li>
      <button
        type="button"
        ref={setNodeRef}
        {...attributes}
        {...listeners}
        aria-label={`Drag ${plain(response.text)} onto a premise`}
        style={{ transform: CSS.Translate.toString(transform) }}
        className={`min-h-11 touch-none rounded-full border border-slate-400 bg-slate-50 px-3 py-2 text-left text-sm text-slate-900 hover:bg-slate-100 ${isDragging ? 'relative z-10 shadow-lg' : ''}`}
      >
        {plain(response.text)}
      </button>
    </li>
  );
}
