import { describe, expect, it } from 'vitest';
import { getEditorQuestion, listVersions } from '@/server/studio/question-reads';
import { saveQuestion } from '@/server/studio/questions';
import { StudioError } from '@/server/studio/errors';
import { rows } from '../../helpers/database';
import { createExam, createUser } from '../../helpers/factories';
import { ctx } from '../../helpers/context';

const matchingContent = (objectiveId: number) => ({
  objectiveId,
  type: 'single',
  kind: 'matching',
  partialCredit: false,
  responsesReusable: false,
  difficulty: 2,
  stem: 'Match each port to its protocol.',
  options: [
    { id: 'a', text: '22', correct: false, match: 'c' },
    { id: 'b', text: '443', correct: false, match: 'd' },
    { id: 'c', text: 'SSH', correct: false },
    { id: 'd', text: 'HTTPS', correct: false },
  ],
  explanation: 'SSH listens on 22, HTTPS on 443.',
  references: [],
});

describe('the studio editor with matching questions', () => {
  it('saves one with its settings, and a new version records changed matches and scoring in the diff', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam();
    const input = { examId: exam.id, content: matchingContent(exam.objectiveIds[0]!) };
    const { id } = await saveQuestion(moderator, input, ctx());
    const [stored] = await rows('SELECT settings FROM question_versions WHERE question_id = ?', [id]);
    expect(JSON.parse(String(stored!.settings))).toEqual({
      kind: 'matching',
      partialCredit: false,
      responsesReusable: false,
    });

    const question = await getEditorQuestion(moderator, id);
    expect(question.content).toMatchObject({ kind: 'matching', partialCredit: false });
    const content = structuredClone(question.content);
    content.options[0]!.match = 'd';
    content.options[1]!.match = 'c';
    content.partialCredit = true;
    await saveQuestion(
      moderator,
      { questionId: id, examId: exam.id, baseVersion: question.currentVersion, content },
      ctx(),
    );
    const [latest] = await listVersions(moderator, id);
    expect(latest!.changes).toEqual(
      expect.arrayContaining([
        { kind: 'meta', field: 'scoring', from: 'matching, all-or-nothing', to: 'matching, partial credit' },
        { kind: 'meta', field: 'matches', from: 'A → C, B → D', to: 'A → D, B → C' },
      ]),
    );
  });

  it('refuses a matching question that breaks the rules, naming the problem', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam();
    const content = matchingContent(exam.objectiveIds[0]!);
    content.options[1]!.match = '';
    const save = saveQuestion(moderator, { examId: exam.id, content }, ctx());
    await expect(save).rejects.toBeInstanceOf(StudioError);
    await expect(save).rejects.toMatchObject({
      fieldErrors: { options: 'The question premise 2 is not matched to one of the responses.' },
    });
  });
});
