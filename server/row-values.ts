import 'server-only';
import { isCardStateName, type SchedulingState } from '@/lib/review/card-state';

// The one place that turns values of raw libSQL rows (the hot paths' fixed SQL, and the JSON
// documents of server/json-rows.ts) into ours. The client runs with intMode 'number'. Queries
// built with drizzle get typed values and need none of this.

export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : String(value ?? '');
}

export function strOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : str(value);
}

/** A JSON text column, parsed; `fallback` when it is not text or not JSON. */
export function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

export interface StoredOption {
  id: string;
  text: string;
  correct: boolean;
  /** Matching: on a premise, the id of its right response (lib/exam/kinds.ts). */
  match?: string;
}

/**
 * question_versions.options: `[{id, text, correct, match?}]`; anything but `correct: true` is a
 * wrong option; `match` only when it is text (a matching premise).
 */
export function optionsOf(value: unknown): StoredOption[] {
  const parsed = parseJson<unknown>(value, []);
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter(
      (o): o is { id?: unknown; text?: unknown; correct?: unknown; match?: unknown } =>
        typeof o === 'object' && o !== null,
    )
    .map((o) =>
      typeof o.match === 'string'
        ? { id: str(o.id), text: str(o.text), correct: o.correct === true, match: o.match }
        : { id: str(o.id), text: str(o.text), correct: o.correct === true },
    );
}

export interface StoredReference {
  title: string;
  url: string;
}

/**
 * question_versions.refs: `[{title, url}]`, as stored. No URL is judged here: which links may be
 * rendered is the renderer's call (lib/markdown/url-policy.ts, sanitizeMarkdownUrl).
 */
export function referencesOf(value: unknown): StoredReference[] {
  const parsed = parseJson<unknown>(value, []);
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((r): r is { title?: unknown; url?: unknown } => typeof r === 'object' && r !== null)
    .map((r) => ({ title: str(r.title), url: str(r.url) }));
}

/** user_answers.selected: the chosen option ids, or null for no answer (none stored, or `[]`). */
export function selectedOf(value: unknown): string[] | null {
  const parsed = parseJson<unknown>(value, null);
  return Array.isArray(parsed) && parsed.length > 0 ? parsed.map(str) : null;
}

/** A card's scheduling columns (selected under their column names) as a SchedulingState. */
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
