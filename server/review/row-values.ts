import 'server-only';
import { isCardStateName, type SchedulingState } from '@/lib/review/card-state';

// Review queries read through the raw client with fixed SQL (hot paths; no query building per
// request). These helpers turn its loosely typed values into ours. The client runs with
// intMode 'number'.

export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : String(value ?? '');
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

export interface StoredOption {
  id: string;
  text: string;
  correct: boolean;
}

export function optionsOf(value: unknown): StoredOption[] {
  const parsed = parseJson(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((o: { id?: unknown; text?: unknown; correct?: unknown }) => ({ id: str(o.id), text: str(o.text), correct: o.correct === true }));
}

export interface StoredReference {
  title: string;
  url: string;
}

export function referencesOf(value: unknown): StoredReference[] {
  const parsed = parseJson(value);
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((r): r is { title?: unknown; url?: unknown } => typeof r === 'object' && r !== null)
    .map((r) => ({ title: str(r.title), url: str(r.url) }))
    .filter((r) => r.url.length > 0);
}

/** A card's scheduling columns (selected as c.*-style names) as a SchedulingState. */
export function schedulingStateOf(row: Record<string, unknown>): SchedulingState {
  const state = row.state;
  return {
    state: isCardStateName(state) ? state : 'new',
    due: num(row.due),
    stability: num(row.stability),
    difficulty: num(row.difficulty),
    elapsedDays: num(row.elapsed_days),
    scheduledDays: num(row.scheduled_days),
    learningSteps: num(row.learning_steps),
    reps: num(row.reps),
    lapses: num(row.lapses),
    lastReview: numOrNull(row.last_review),
  };
}

/** Placeholders "(?, ?, …), (…)" for a multi-row VALUES list. */
export function valuesPlaceholders(rows: number, columns: number): string {
  const row = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
  return Array.from({ length: rows }, () => row).join(', ');
}
