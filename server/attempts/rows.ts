import 'server-only';
import type { Row } from '@libsql/client';
import type { QuestionKind } from '@/lib/exam/answers';
import type { Reference } from '@/lib/exam/views';

// Hot paths read through the raw client with fixed SQL (no query building per request); these
// helpers turn its loosely typed rows into values. The client runs with intMode 'number'.

export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : String(value ?? '');
}

export function json<T>(value: unknown, fallback: T): T {
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
}

export function optionsOf(value: unknown): StoredOption[] {
  const parsed = json<unknown>(value, []);
  if (!Array.isArray(parsed)) return [];
  return parsed.map((o: { id?: unknown; text?: unknown; correct?: unknown }) => ({ id: str(o.id), text: str(o.text), correct: o.correct === true }));
}

export function referencesOf(value: unknown): Reference[] {
  const parsed = json<unknown>(value, []);
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((r): r is { title?: unknown; url?: unknown } => typeof r === 'object' && r !== null)
    .map((r) => ({ title: str(r.title), url: str(r.url).trim() }))
    // Authors' links reach learners' browsers: web links only (no javascript:, data: …).
    .filter((r) => /^https?:\/\/[^\s]+$/i.test(r.url));
}

export function selectedOf(value: unknown): string[] | null {
  const parsed = json<unknown>(value, null);
  return Array.isArray(parsed) && parsed.length > 0 ? parsed.map(str) : null;
}

/**
 * The widget a pinned version needs: a key of two or more options is multiple response whatever
 * the question says today (its type can be edited after the attempt started).
 */
export function kindOf(type: unknown, options: readonly StoredOption[]): QuestionKind {
  return options.filter((o) => o.correct).length > 1 || type === 'multiple' ? 'multiple' : 'single';
}

export type { Row };
