'use client';

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo } from 'react';
import { markdownToPlainText } from '@/lib/markdown/plain-text';

export interface OrderingEntry {
  id: string;
  text: string;
}

interface Props {
  /** Names the list for assistive technology ("Question 3: put in order"). */
  label: string;
  /** The items as shown (the learner's order once answered, else the shuffled order). */
  items: OrderingEntry[];
  locked: boolean;
  /** After the answer (practice, review): the right order, to mark each position. */
  key_?: string[];
  onChange(ids: string[]): void;
}

function plain(text: string): string {
  return markdownToPlainText(text, 80);
}

/**
 * An ordering answer: drag an item by its handle (mouse, touch; or focus the handle, Space to
 * lift, arrows to move, Space to drop, with spoken announcements), or use the Move up / Move down
 * buttons, which do the same without dragging.
 */
export function OrderingAnswer({ label, items, locked, key_, onChange }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    // A short press lifts on touch screens, so a swipe still scrolls the page.
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((i) => i.id);
  const textOf = useMemo(() => new Map(items.map((i) => [i.id, plain(i.text)])), [items]);
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${textOf.get(String(active.id))}, position ${positionOf(active.id)} of ${ids.length}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${textOf.get(String(active.id))} is over position ${positionOf(over.id)} of ${ids.length}.`
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? `${textOf.get(String(active.id))} dropped at position ${positionOf(over.id)} of ${ids.length}.`
        : `${textOf.get(String(active.id))} dropped.`,
    onDragCancel: ({ active }) => `Moving ${textOf.get(String(active.id))} was cancelled.`,
  };
  const move = (from: number, to: number) => {
    if (locked || to < 0 || to >= ids.length) return;
    onChange(arrayMove(ids, from, to));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move an item, press Space, then the arrow keys, then Space again to drop it; Escape cancels. The Move up and Move down buttons do the same.',
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol aria-label={label} className="space-y-2.5">
          {items.map((item, index) => (
            <SortableItem
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              locked={locked}
              right={key_ ? key_[index] === item.id : undefined}
              onMove={move}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableItem({
  item,
  index,
  count,
  locked,
  right,
  onMove,
}: {
  item: OrderingEntry;
  index: number;
  count: number;
  locked: boolean;
  right: boolean | undefined;
  onMove(from: number, to: number): void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: item.id, disabled: locked });
  const name = plain(item.text);
  const tone =
    right === undefined
      ? 'border-slate-300 bg-white'
      : right
        ? 'border-emerald-600 bg-emerald-50'
        : 'border-red-600 bg-red-50';
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`flex items-center gap-2 rounded-lg border px-2 py-2 ${tone} ${isDragging ? 'relative z-10 shadow-lg' : ''}`}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        disabled={locked}
        aria-label={`Drag ${name}, position ${index + 1} of ${count}`}
        className="flex min-h-11 min-w-11 shrink-0 touch-none items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 disabled:cursor-default disabled:opacity-60"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
          <circle cx="7" cy="5" r="1.5" />
          <circle cx="13" cy="5" r="1.5" />
          <circle cx="7" cy="10" r="1.5" />
          <circle cx="13" cy="10" r="1.5" />
          <circle cx="7" cy="15" r="1.5" />
          <circle cx="13" cy="15" r="1.5" />
        </svg>
      </button>
      <span className="w-6 shrink-0 text-sm font-semibold text-slate-700">{index + 1}.</span>
      <span className="min-w-0 flex-1 text-sm break-words text-slate-900">
        {markdownToPlainText(item.text, 500)}
      </span>
      {right !== undefined ? (
        <span className={`text-xs font-semibold ${right ? 'text-emerald-800' : 'text-red-800'}`}>
          {right ? 'Right place' : 'Wrong place'}
        </span>
      ) : null}
      {locked ? null : (
        <span className="flex shrink-0 flex-col gap-1 sm:flex-row">
          <button
            type="button"
            onClick={() => onMove(index, index - 1)}
            disabled={index === 0}
            aria-label={`Move ${name} up`}
            className="min-h-11 min-w-11 rounded-md text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 disabled:opacity-40"
          >
            <span aria-hidden>↑</span>
          </button>
          <button
            type="button"
            onClick={() => onMove(index, index + 1)}
            disabled={index === count - 1}
            aria-label={`Move ${name} down`}
            className="min-h-11 min-w-11 rounded-md text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 disabled:opacity-40"
          >
            <span aria-hidden>↓</span>
          </button>
        </span>
      )}
    </li>
  );
}
