import { describe, expect, it } from 'vitest';
import { listStudioAudit } from '@/server/studio/audit-log';
import { listObjectiveChoices } from '@/server/studio/objectives';
import { getEditorQuestion } from '@/server/studio/question-reads';
import { saveQuestion, setQuestionStatus } from '@/server/studio/questions';
import { ctx } from '../../helpers/context';
import { rows } from '../../helpers/database';
import { createUser, examIdBySlug } from '../../helpers/factories';
import { firstQuestion } from './helpers';

describe('the audit log as readable changes', () => {
  it('describes a question edit from the two versions it joined, and a retirement as a status change', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const q = await firstQuestion();
    const question = await getEditorQuestion(moderator, q.id);
    const content = structuredClone(question.content);
    const oldStem = content.stem;
    content.stem = `${oldStem} Pick wisely.`;
    content.options.push({ id: 'z', text: 'An option added by the audit test', correct: false });
    const saved = await saveQuestion(
      moderator,
      { questionId: q.id, examId: q.examId, baseVersion: question.currentVersion, content },
      ctx(),
    );
    await setQuestionStatus(moderator, q.id, 'retired', ctx());

    const { rows: entries } = await listStudioAudit(moderator, { target: String(q.id) });
    const [retired, edited] = entries;
    expect(retired).toMatchObject({
      action: 'studio.question_retired',
      changes: [{ kind: 'change', label: 'Status', from: 'active', to: 'retired' }],
    });
    expect(edited!.action).toBe('studio.question_edited');
    expect(edited!.changes).toEqual([
      { kind: 'change', label: 'Version', from: `v${question.currentVersion}`, to: `v${saved.version}` },
      {
        kind: 'change',
        label: 'Stem',
        from: expect.stringMatching(/correct\?$/),
        to: expect.stringMatching(/Pick wisely\.$/),
      },
      expect.objectContaining({ kind: 'added', text: 'An option added by the audit test' }),
    ]);
    // Nothing on the page is raw JSON.
    expect(
      JSON.stringify(edited!.changes.map((c) => ('text' in c ? c.text : `${c.from} ${c.to}`))),
    ).not.toContain('{');
  });

  it('falls back to the changed field names when a version is missing', async () => {
    const moderator = await createUser({ role: 'moderator' });
    await rows(
      `INSERT INTO audit_log (actor_id, action, target_type, target_id, ip, details, created_at)
       VALUES (?, 'studio.question_edited', 'question', '999999', NULL, '{"version":3,"from":2,"changed":["stem"]}', 1)`,
      [moderator.id],
    );
    const { rows: entries } = await listStudioAudit(moderator, { target: '999999' });
    expect(entries[0]!.changes).toEqual([
      { kind: 'change', label: 'Version', from: 'v2', to: 'v3' },
      { kind: 'value', label: 'Changed', text: 'Stem' },
    ]);
  });

  it('lists every objective of every exam for the question filter, moderators only', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const choices = await listObjectiveChoices(moderator);
    const examId = await examIdBySlug('test-exam');
    expect(choices.filter((o) => o.examId === examId).map((o) => o.code)).toEqual(['1', '2']);
    await expect(listObjectiveChoices(await createUser())).rejects.toMatchObject({ status: 403 });
  });
});
