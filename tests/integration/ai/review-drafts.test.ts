import { describe, expect, it } from 'vitest';
import type { GenerationEvent } from '@/lib/ai/generation-events';
import { PROMPT_VERSION } from '@/lib/ai/prompts';
import { prepareGeneration } from '@/server/ai/generate-drafts';
import { readQuestionProvenance } from '@/server/ai/provenance';
import { listQuestions } from '@/server/studio/question-list';
import { setQuestionStatus } from '@/server/studio/questions';
import { listStudioAudit } from '@/server/studio/audit-log';
import { rows } from '../../helpers/database';
import { createQuestion, createUser, examIdBySlug } from '../../helpers/factories';
import { ctx } from '../../helpers/context';
import { generatedItem, questionsJson, streamingModel } from '../../helpers/ai-model';

describe('reviewing AI drafts', () => {
  it('lists them under "AI drafts awaiting review" until published, with their provenance and audit entry', async () => {
    const moderator = await createUser({ role: 'moderator', name: 'Mo Derator' });
    const examId = await examIdBySlug('test-exam');
    const [objective] = await rows('SELECT id FROM objectives WHERE exam_id = ? ORDER BY position LIMIT 1', [
      examId,
    ]);
    const handWritten = await createQuestion({ examId, active: false });
    await rows('INSERT INTO question_drafts (question_id, created_at) VALUES (?, ?)', [
      handWritten.id,
      Date.now(),
    ]);

    const run = await prepareGeneration(
      moderator,
      {
        examId,
        objectiveId: Number(objective!.id),
        count: 1,
        difficulty: 3,
        type: 'single',
        guidance: 'Only S3.',
      },
      ctx(),
      {
        model: streamingModel(
          questionsJson([generatedItem(901, { stem: 'A review-only stem about S3 object lock modes?' })]),
        ),
        budget: 1e7,
      },
    );
    const events: GenerationEvent[] = [];
    for await (const event of run.events()) events.push(event);
    const draft = events.find((e) => e.type === 'draft');
    if (draft?.type !== 'draft') throw new Error('no draft stored');

    const awaiting = await listQuestions(moderator, { ai: '1' });
    const ids = awaiting.items.map((i) => i.id);
    expect(ids).toContain(draft.questionId);
    expect(ids).not.toContain(handWritten.id);
    expect(awaiting.items.find((i) => i.id === draft.questionId)).toMatchObject({
      status: 'draft',
      generated: true,
    });

    const provenance = await readQuestionProvenance(moderator, draft.questionId);
    expect(provenance).toMatchObject({
      model: 'mock-model',
      promptVersion: PROMPT_VERSION,
      moderator: expect.stringContaining('Mo Derator'),
      firstVersion: 1,
      parameters: { count: 1, difficulty: 3, type: 'single', guidanceLength: 8 },
    });
    expect(await readQuestionProvenance(moderator, handWritten.id)).toBeNull();

    const audit = await listStudioAudit(moderator, {
      action: 'studio.question_generated',
      target: String(draft.questionId),
    });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: expect.stringMatching(/model/i), text: 'mock-model' }),
      ]),
    );

    await setQuestionStatus(moderator, draft.questionId, 'active', ctx());
    expect((await listQuestions(moderator, { ai: '1' })).items.map((i) => i.id)).not.toContain(
      draft.questionId,
    );
    // Provenance stays with the question after it is published.
    expect(await readQuestionProvenance(moderator, draft.questionId)).not.toBeNull();
  });
});
