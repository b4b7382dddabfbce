import { describe, expect, it } from 'vitest';
import { describeAuditEntry, formatValue, labelOf } from '@/lib/studio/audit-diff';
import type { VersionContent } from '@/lib/studio/version-diff';

const version = (patch: Partial<VersionContent> = {}): VersionContent => ({
  stem: 'Which storage class is the cheapest for archives that are read once a year or less often?',
  options: [
    { id: 'a', text: 'S3 Standard', correct: false },
    { id: 'b', text: 'S3 Glacier Deep Archive', correct: true },
    { id: 'c', text: 'S3 One Zone-IA', correct: false },
  ],
  explanation: 'Deep Archive is the cheapest.',
  references: [],
  type: 'single',
  objectiveCode: '1',
  difficulty: 2,
  ...patch,
});

describe('describeAuditEntry', () => {
  it('describes a question edit field by field from its two versions', () => {
    const before = version();
    const after = version({
      stem: before.stem.replace('cheapest', 'least expensive'),
      options: [
        before.options[1]!,
        { id: 'c', text: 'S3 One Zone-IA', correct: false },
        { id: 'd', text: 'S3 Intelligent-Tiering', correct: false },
      ],
      difficulty: 3,
    });
    const lines = describeAuditEntry(
      'studio.question_edited',
      { version: 4, from: 3, changed: ['stem'] },
      { before, after },
    );
    expect(lines).toEqual([
      { kind: 'change', label: 'Version', from: 'v3', to: 'v4' },
      // Only a few words of context around the change, so the changed word is visible in a long stem.
      {
        kind: 'change',
        label: 'Stem',
        from: 'Which storage class is the cheapest for archives that are read once…',
        to: 'Which storage class is the least expensive for archives that are read once…',
      },
      { kind: 'added', label: 'Option C (d)', text: 'S3 Intelligent-Tiering' },
      { kind: 'removed', label: 'Option A (a)', text: 'S3 Standard' },
      { kind: 'change', label: 'Difficulty', from: '2', to: '3' },
    ]);
  });

  it('names a flipped right answer and a restore', () => {
    const before = version();
    const after = version({ options: before.options.map((o) => ({ ...o, correct: o.id === 'a' })) });
    const lines = describeAuditEntry(
      'studio.question_restored',
      { version: 5, from: 4, restoredFrom: 2 },
      { before, after },
    );
    expect(lines).toContainEqual({ kind: 'change', label: 'Option A (a)', from: 'wrong', to: 'correct' });
    expect(lines).toContainEqual({ kind: 'change', label: 'Option B (b)', from: 'correct', to: 'wrong' });
    expect(lines).toContainEqual({ kind: 'value', label: 'Restored from version', text: '2' });
  });

  it('falls back to the changed field names when the versions are gone', () => {
    expect(
      describeAuditEntry('studio.question_edited', {
        version: 2,
        from: 1,
        changed: ['stem', 'option-added'],
      }),
    ).toEqual([
      { kind: 'change', label: 'Version', from: 'v1', to: 'v2' },
      { kind: 'value', label: 'Changed', text: 'Stem, Options added' },
    ]);
  });

  it('shows status changes of questions, exams and reports', () => {
    expect(describeAuditEntry('studio.question_retired', { from: 'active', to: 'retired' })).toEqual([
      { kind: 'change', label: 'Status', from: 'active', to: 'retired' },
    ]);
    expect(describeAuditEntry('studio.exam_published', { slug: 'saa-c03' })).toEqual([
      { kind: 'change', label: 'Status', from: 'draft', to: 'published' },
      { kind: 'value', label: 'Slug', text: 'saa-c03' },
    ]);
    expect(
      describeAuditEntry('studio.report_dismissed', { reportId: 7, reply: 'Works as intended.' }),
    ).toEqual([
      { kind: 'change', label: 'Status', from: 'open', to: 'dismissed' },
      { kind: 'value', label: 'Report', text: '7' },
      { kind: 'value', label: 'Reply', text: 'Works as intended.' },
    ]);
  });

  it('shows exam and objective edits as before → after per field', () => {
    expect(
      describeAuditEntry('studio.exam_updated', {
        changed: { title: { from: 'Old title', to: 'New title' }, passingScore: { from: 70, to: 72 } },
      }),
    ).toEqual([
      { kind: 'change', label: 'Title', from: 'Old title', to: 'New title' },
      { kind: 'change', label: 'Passing score (%)', from: '70', to: '72' },
    ]);
    expect(
      describeAuditEntry('studio.objective_updated', {
        from: { code: '1', title: 'Design', weight: 30 },
        to: { code: '1', title: 'Design', weight: 35 },
      }),
    ).toEqual([{ kind: 'change', label: 'Weight (%)', from: '30', to: '35' }]);
  });

  it('degrades an unknown shape to a readable key/value list, never raw JSON', () => {
    const lines = describeAuditEntry('studio.something_new', {
      someCount: 3,
      nested: { deepKey: 'x', flag: true },
      list: ['a', 'b'],
      nothing: null,
    });
    expect(lines).toEqual([
      { kind: 'value', label: 'Some count', text: '3' },
      { kind: 'value', label: 'Nested', text: 'Deep key: x; Flag: yes' },
      { kind: 'value', label: 'List', text: 'a, b' },
      { kind: 'value', label: 'Nothing', text: '—' },
    ]);
    for (const line of lines) if (line.kind === 'value') expect(line.text).not.toMatch(/[{}"[\]]/);
    expect(describeAuditEntry('studio.odd', 'just text')).toEqual([
      { kind: 'value', label: 'Details', text: 'just text' },
    ]);
    expect(describeAuditEntry('studio.odd', null)).toEqual([]);
  });

  it('formats values and labels without JSON punctuation', () => {
    expect(formatValue('x'.repeat(500))).toHaveLength(240);
    expect(formatValue([])).toBe('none');
    expect(formatValue(false)).toBe('no');
    expect(labelOf('skipped_items')).toBe('Skipped items');
    expect(labelOf('durationMinutes')).toBe('Duration (minutes)');
  });
});
