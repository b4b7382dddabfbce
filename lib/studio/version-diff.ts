/**
 * A readable diff between two versions of a question: word-level changes of the stem and the
 * explanation, options added / removed / reworded / moved, correctness flips, references, and the
 * type / objective / difficulty recorded with the version. Pure (no database): unit-testable.
 */

import { describeExhibit, type Exhibit } from '../exam/exhibits';

export interface VersionContent {
  stem: string;
  options: { id: string; text: string; correct: boolean; match?: string }[];
  explanation: string;
  references: { title: string; url: string }[];
  type?: string | null;
  objectiveCode?: string | null;
  difficulty?: number | null;
  /** Matching/ordering: the kind and its scoring rules (question_versions.settings). */
  settings?: { kind?: string; partialCredit?: boolean; responsesReusable?: boolean } | null;
  /** Images, tables and code/log blocks shown beside the stem. */
  exhibits?: readonly Exhibit[] | null;
}

export type TextSegment = { kind: 'same' | 'added' | 'removed'; text: string };

export type VersionChange =
  | { kind: 'text'; field: 'stem' | 'explanation'; segments: TextSegment[] }
  | { kind: 'option-added'; label: string; text: string; correct: boolean }
  | { kind: 'option-removed'; label: string; text: string; correct: boolean }
  | { kind: 'option-text'; label: string; segments: TextSegment[] }
  | { kind: 'option-correct'; label: string; correct: boolean }
  | { kind: 'options-reordered'; order: string[] }
  | { kind: 'references'; from: string[]; to: string[] }
  | { kind: 'exhibits'; from: string[]; to: string[] }
  | { kind: 'meta'; field: MetaField; from: string; to: string };

type MetaField = 'type' | 'objective' | 'difficulty' | 'scoring' | 'matches';

/** "partial credit, reusable responses" or "all-or-nothing"; '' for a choice question. */
function scoringOf(content: VersionContent): string {
  const s = content.settings;
  if (!s?.kind) return '';
  const parts = [s.kind, s.partialCredit ? 'partial credit' : 'all-or-nothing'];
  if (s.responsesReusable) parts.push('responses reusable');
  return parts.join(', ');
}

/** A matching version's pairs as "A → E, B → F" (by option labels). */
function matchesOf(content: VersionContent): string {
  const labels = new Map(content.options.map((o, i) => [o.id, String.fromCharCode(65 + i)]));
  return content.options
    .filter((o) => o.match !== undefined)
    .map((o) => `${labels.get(o.id)} → ${labels.get(o.match!) ?? '?'}`)
    .join(', ');
}

const MAX_DIFF_WORDS = 1500;

/** Word-level LCS diff; long texts fall back to "all removed, all added". */
export function diffWords(before: string, after: string): TextSegment[] {
  const a = before.split(/(\s+)/).filter((t) => t !== '');
  const b = after.split(/(\s+)/).filter((t) => t !== '');
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS)
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ];
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const segments: TextSegment[] = [];
  const push = (kind: TextSegment['kind'], text: string) => {
    const last = segments.at(-1);
    if (last && last.kind === kind) last.text += text;
    else segments.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i++]!);
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return segments;
}

function label(id: string, index: number): string {
  return `${String.fromCharCode(65 + index)} (${id})`;
}

export function diffVersions(before: VersionContent | null, after: VersionContent): VersionChange[] {
  if (!before) return [];
  const changes: VersionChange[] = [];
  if (before.stem !== after.stem)
    changes.push({ kind: 'text', field: 'stem', segments: diffWords(before.stem, after.stem) });
  const oldById = new Map(before.options.map((o, i) => [o.id, { ...o, index: i }]));
  const newIds = new Set(after.options.map((o) => o.id));
  after.options.forEach((option, index) => {
    const old = oldById.get(option.id);
    if (!old) {
      changes.push({
        kind: 'option-added',
        label: label(option.id, index),
        text: option.text,
        correct: option.correct,
      });
      return;
    }
    if (old.text !== option.text)
      changes.push({
        kind: 'option-text',
        label: label(option.id, index),
        segments: diffWords(old.text, option.text),
      });
    if (old.correct !== option.correct)
      changes.push({ kind: 'option-correct', label: label(option.id, index), correct: option.correct });
  });
  before.options.forEach((old, index) => {
    if (!newIds.has(old.id))
      changes.push({
        kind: 'option-removed',
        label: label(old.id, index),
        text: old.text,
        correct: old.correct,
      });
  });
  const kept = after.options.filter((o) => oldById.has(o.id)).map((o) => o.id);
  const keptBefore = before.options.filter((o) => newIds.has(o.id)).map((o) => o.id);
  if (kept.join() !== keptBefore.join())
    changes.push({ kind: 'options-reordered', order: after.options.map((o, i) => label(o.id, i)) });
  if (before.explanation !== after.explanation)
    changes.push({
      kind: 'text',
      field: 'explanation',
      segments: diffWords(before.explanation, after.explanation),
    });
  const refs = (r: VersionContent['references']) => r.map((x) => `${x.title} <${x.url}>`);
  if (refs(before.references).join('\n') !== refs(after.references).join('\n'))
    changes.push({ kind: 'references', from: refs(before.references), to: refs(after.references) });
  const exhibits = (c: VersionContent) => (c.exhibits ?? []).map(describeExhibit);
  const exhibitsText = (c: VersionContent) => JSON.stringify(c.exhibits ?? []);
  if (exhibitsText(before) !== exhibitsText(after))
    changes.push({ kind: 'exhibits', from: exhibits(before), to: exhibits(after) });
  const meta: [MetaField, unknown, unknown][] = [
    ['scoring', scoringOf(before) || null, scoringOf(after) || null],
    ['matches', matchesOf(before) || null, matchesOf(after) || null],
    ['type', before.type, after.type],
    ['objective', before.objectiveCode, after.objectiveCode],
    ['difficulty', before.difficulty, after.difficulty],
  ];
  for (const [field, from, to] of meta) {
    if (from !== null && from !== undefined && to !== null && to !== undefined && from !== to)
      changes.push({ kind: 'meta', field, from: String(from), to: String(to) });
  }
  return changes;
}
