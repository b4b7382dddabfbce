/**
 * The audit log's "what changed", as lines a person reads: "Title: A → B", "Option C added: …",
 * "Status: active → retired". Question edits are described from the two versions they join
 * (diffVersions), other entries from their details; a shape we do not know degrades to a
 * "Key: value" list, never to raw JSON. Pure: unit-tested.
 */
import { diffVersions, type TextSegment, type VersionContent } from './version-diff';

export type AuditLine =
  | { kind: 'change'; label: string; from: string; to: string }
  | { kind: 'added' | 'removed' | 'value'; label: string; text: string };

const LABELS: Record<string, string> = {
  code: 'Code',
  title: 'Title',
  vendor: 'Vendor',
  description: 'Description',
  durationMinutes: 'Duration (minutes)',
  questionCount: 'Questions per mock exam',
  passingScore: 'Passing score (%)',
  slug: 'Slug',
  weight: 'Weight (%)',
  examId: 'Exam id',
  objectiveId: 'Objective id',
  draft: 'As draft',
  reportId: 'Report',
  reply: 'Reply',
  poor: 'Poor items',
  via: 'Via',
  created: 'Questions created',
  skippedUnsupported: 'Skipped (unsupported)',
  restoredFrom: 'Restored from version',
  stem: 'Stem',
  explanation: 'Explanation',
  'option-added': 'Options added',
  'option-removed': 'Options removed',
  'option-text': 'Option text',
  'option-correct': 'Correct answer',
  'options-reordered': 'Option order',
};

/** What a bare { from, to } means, by action. */
const FROM_TO_LABELS: Record<string, string> = {
  'studio.question_retired': 'Status',
  'studio.question_reactivated': 'Status',
  'admin.role_changed': 'Role',
};

/** Actions whose details do not carry the status change they are. */
const STATUS_CHANGES: Record<string, [string, string]> = {
  'studio.exam_published': ['draft', 'published'],
  'studio.exam_unpublished': ['published', 'draft'],
  'studio.report_resolved': ['open', 'resolved'],
  'studio.report_dismissed': ['open', 'dismissed'],
  'admin.user_disabled': ['active', 'disabled'],
  'admin.user_enabled': ['disabled', 'active'],
};

const MAX_TEXT = 240;
const CONTEXT_WORDS = 6;

export function labelOf(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

function clip(text: string, max = MAX_TEXT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFromTo(value: unknown): value is { from: unknown; to: unknown } {
  return isRecord(value) && 'from' in value && 'to' in value && Object.keys(value).length === 2;
}

/** Any JSON value as short readable text: no braces or quotes. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? clip(value.map(formatValue).join(', ')) : 'none';
  if (isRecord(value))
    return clip(
      Object.entries(value)
        .map(([k, v]) => `${labelOf(k)}: ${formatValue(v)}`)
        .join('; '),
    );
  return clip(String(value));
}

/**
 * One side of a word diff with the unchanged runs cut to a few words of context, so a one-word
 * change in a long stem stays visible: "…which option is correct?".
 */
function sideOf(segments: TextSegment[], side: 'removed' | 'added'): string {
  const parts = segments.map((segment, index) => {
    if (segment.kind !== 'same') return segment.kind === side ? segment.text : '';
    const words = segment.text.split(/\s+/).filter(Boolean);
    const lead = /^\s/.test(segment.text) ? ' ' : '';
    const trail = /\s$/.test(segment.text) ? ' ' : '';
    const first = index === 0;
    const last = index === segments.length - 1;
    if (words.length <= CONTEXT_WORDS * (first || last ? 1 : 2)) return segment.text;
    if (first) return `…${words.slice(-CONTEXT_WORDS).join(' ')}${trail}`;
    if (last) return `${lead}${words.slice(0, CONTEXT_WORDS).join(' ')}…`;
    return `${lead}${words.slice(0, CONTEXT_WORDS).join(' ')} … ${words.slice(-CONTEXT_WORDS).join(' ')}${trail}`;
  });
  return clip(parts.join('')) || '—';
}

/** A question edit or restore, from the version before and after it. */
export function describeVersionChange(before: VersionContent, after: VersionContent): AuditLine[] {
  return diffVersions(before, after).map((change): AuditLine => {
    switch (change.kind) {
      case 'text': {
        const label = change.field === 'stem' ? 'Stem' : 'Explanation';
        return {
          kind: 'change',
          label,
          from: sideOf(change.segments, 'removed'),
          to: sideOf(change.segments, 'added'),
        };
      }
      case 'option-added':
      case 'option-removed':
        return {
          kind: change.kind === 'option-added' ? 'added' : 'removed',
          label: `Option ${change.label}${change.correct ? ' (correct)' : ''}`,
          text: clip(change.text),
        };
      case 'option-text':
        return {
          kind: 'change',
          label: `Option ${change.label}`,
          from: sideOf(change.segments, 'removed'),
          to: sideOf(change.segments, 'added'),
        };
      case 'option-correct':
        return {
          kind: 'change',
          label: `Option ${change.label}`,
          from: change.correct ? 'wrong' : 'correct',
          to: change.correct ? 'correct' : 'wrong',
        };
      case 'options-reordered':
        return { kind: 'value', label: 'Option order', text: change.order.join(', ') };
      case 'references':
        return {
          kind: 'change',
          label: 'References',
          from: formatValue(change.from),
          to: formatValue(change.to),
        };
      case 'exhibits':
        return {
          kind: 'change',
          label: 'Exhibits',
          from: formatValue(change.from),
          to: formatValue(change.to),
        };
      case 'meta':
        return { kind: 'change', label: labelOf(change.field), from: change.from, to: change.to };
    }
  });
}

function describeFromTo(action: string, from: unknown, to: unknown): AuditLine[] {
  if (isRecord(from) && isRecord(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    return keys
      .filter((k) => formatValue(from[k]) !== formatValue(to[k]))
      .map((k) => ({
        kind: 'change',
        label: labelOf(k),
        from: formatValue(from[k]),
        to: formatValue(to[k]),
      }));
  }
  return [
    {
      kind: 'change',
      label: FROM_TO_LABELS[action] ?? 'Value',
      from: formatValue(from),
      to: formatValue(to),
    },
  ];
}

function describeEntries(entries: [string, unknown][]): AuditLine[] {
  return entries.map(([key, value]): AuditLine => {
    if (isFromTo(value))
      return {
        kind: 'change',
        label: labelOf(key),
        from: formatValue(value.from),
        to: formatValue(value.to),
      };
    return { kind: 'value', label: labelOf(key), text: formatValue(value) };
  });
}

/**
 * The readable lines of one audit entry. `versions`: for a question edit or restore, the
 * content before and after (when both versions are still readable).
 */
export function describeAuditEntry(
  action: string,
  details: unknown,
  versions?: { before: VersionContent; after: VersionContent } | null,
): AuditLine[] {
  const lines: AuditLine[] = [];
  const status = STATUS_CHANGES[action];
  if (status) lines.push({ kind: 'change', label: 'Status', from: status[0], to: status[1] });
  if (!isRecord(details)) {
    if (details !== null && details !== undefined && details !== '')
      lines.push({ kind: 'value', label: 'Details', text: formatValue(details) });
    return lines;
  }
  const { from, to, changed, version, ...rest } = details;
  const isEdit = action === 'studio.question_edited' || action === 'studio.question_restored';
  if (isEdit && typeof version === 'number' && typeof from === 'number') {
    lines.push({ kind: 'change', label: 'Version', from: `v${from}`, to: `v${version}` });
    if (versions) lines.push(...describeVersionChange(versions.before, versions.after));
    else if (Array.isArray(changed) && changed.length)
      lines.push({
        kind: 'value',
        label: 'Changed',
        text: changed.map((c) => labelOf(String(c))).join(', '),
      });
    return [...lines, ...describeEntries(Object.entries(rest))];
  }
  if (from !== undefined && to !== undefined) lines.push(...describeFromTo(action, from, to));
  else lines.push(...describeEntries(Object.entries({ from, to }).filter(([, v]) => v !== undefined)));
  if (isRecord(changed)) lines.push(...describeEntries(Object.entries(changed)));
  else if (changed !== undefined) lines.push(...describeEntries([['changed', changed]]));
  if (version !== undefined) lines.push(...describeEntries([['version', version]]));
  return [...lines, ...describeEntries(Object.entries(rest))];
}
