import { describe, expect, it } from 'vitest';
import { getAttemptResult } from '@/server/attempts/queries';
import { saveAnswer } from '@/server/attempts/answers';
import { startMockExam } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { getEditorQuestion, listVersions } from '@/server/studio/question-reads';
import { restoreVersion, saveQuestion, setQuestionStatus } from '@/server/studio/questions';
import { listQuestions } from '@/server/studio/question-list';
import { StudioError } from '@/server/studio/errors';
import { createUser } from '../../helpers/factories';
import { ctx } from '../../helpers/context';
import { rows } from '../../helpers/database';
import { auditActions } from '../../helpers/outbox';
import { attemptResult } from '../attempts/helpers';
import { firstQuestion, searchIds } from './helpers';

async function edit(
  moderator: Awaited<ReturnType<typeof createUser>>,
  questionId: number,
  change: (c: Awaited<ReturnType<typeof getEditorQuestion>>['content']) => void,
) {
  const question = await getEditorQuestion(moderator, questionId);
  const content = structuredClone(question.content);
  change(content);
  return saveQuestion(
    moderator,
    { questionId, examId: question.examId, baseVersion: question.currentVersion, content },
    ctx(),
  );
}

describe('question versions', () => {
  it('every save is a new version, current_version follows in the same batch, and history shows a readable diff', async () => {
    const moderator = await createUser({ role: 'moderator', name: 'Mo Derator' });
    const q = await firstQuestion();
    const saved = await edit(moderator, q.id, (c) => {
      c.stem = `${c.stem} Choose carefully.`;
      c.options[0]!.correct = true;
      c.options[1]!.correct = false;
      c.options.push({ id: 'x', text: 'A brand new option', correct: false });
    });
    expect(saved.version).toBe(q.version + 1);
    const [question] = await rows('SELECT current_version FROM questions WHERE id = ?', [q.id]);
    expect(question!.current_version).toBe(q.version + 1);
    const history = await listVersions(moderator, q.id);
    expect(history.map((v) => v.version)).toEqual([2, 1]);
    expect(history[0]!.authorName).toBe('Mo Derator');
    const kinds = history[0]!.changes.map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['text', 'option-correct', 'option-added']));
    const stem = history[0]!.changes.find((c) => c.kind === 'text');
    expect(
      stem && 'segments' in stem
        ? stem.segments
            .filter((s) => s.kind === 'added')
            .map((s) => s.text.trim())
            .join(' ')
        : '',
    ).toContain('Choose carefully.');
    expect(await auditActions()).toContain('studio.question_edited');
  });

  it('restoring an old version writes a new version with its content', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const q = await firstQuestion();
    const original = (await getEditorQuestion(moderator, q.id)).content;
    await edit(moderator, q.id, (c) => void (c.stem = 'Completely rewritten stem'));
    const restored = await restoreVersion(moderator, q.id, q.version, ctx());
    expect(restored.version).toBe(q.version + 2);
    const now = await getEditorQuestion(moderator, q.id);
    expect(now.content).toEqual(original);
    const history = await listVersions(moderator, q.id);
    expect(history[0]!.restoredFrom).toBe(q.version);
    expect(history).toHaveLength(restored.version);
  });

  it('refuses a save on top of a stale version (no lost update) and refuses invalid content with field errors', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const q = await firstQuestion();
    const question = await getEditorQuestion(moderator, q.id);
    await edit(moderator, q.id, (c) => void (c.explanation = 'first editor'));
    await expect(
      saveQuestion(
        moderator,
        {
          questionId: q.id,
          examId: q.examId,
          baseVersion: question.currentVersion,
          content: { ...question.content, explanation: 'second' },
        },
        ctx(),
      ),
    ).rejects.toThrow(/newer version/);
    const bad = saveQuestion(
      moderator,
      {
        questionId: q.id,
        examId: q.examId,
        content: { ...question.content, stem: '  ', options: [{ id: 'a', text: 'only', correct: false }] },
      },
      ctx(),
    );
    await expect(bad).rejects.toBeInstanceOf(StudioError);
    const error = (await bad.catch((e: unknown) => e)) as StudioError;
    expect(error.fieldErrors).toMatchObject({
      stem: 'Write the question.',
      options: expect.stringMatching(/at least 2 options|correct/),
    });
    const single = await saveQuestion(
      moderator,
      {
        questionId: q.id,
        examId: q.examId,
        content: {
          ...question.content,
          options: question.content.options.map((o) => ({ ...o, correct: true })),
        },
      },
      ctx(),
    ).catch((e: unknown) => e);
    expect((single as StudioError).fieldErrors?.options).toMatch(/exactly 1 correct/);
  });

  it('an attempt made before an edit keeps, scores and shows the old version; a retired question is never drawn again', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const learner = await createUser();
    const t0 = new Date('2026-04-01T10:00:00Z');
    const { id } = await startMockExam(learner, { examSlug: 'quick-exam' }, t0);
    const [pinned] = await rows(
      'SELECT question_id, question_version_id, position FROM session_questions WHERE session_id = ? ORDER BY position LIMIT 1',
      [id],
    );
    const questionId = Number(pinned!.question_id);
    const before = await getEditorQuestion(moderator, questionId);
    const oldCorrect = before.content.options.filter((o) => o.correct).map((o) => o.id);
    await saveAnswer(
      learner,
      id,
      { position: Number(pinned!.position), selected: oldCorrect, revision: 1 },
      new Date(t0.getTime() + 1000),
    );

    // The moderator rewrites the stem and moves the key to another option.
    await edit(moderator, questionId, (c) => {
      c.stem = 'Edited after the attempt started';
      c.options = c.options.map((o) => ({
        ...o,
        correct: !oldCorrect.includes(o.id) && o.id === c.options.find((x) => !oldCorrect.includes(x.id))!.id,
      }));
    });
    await submitAttempt(learner, id, new Date(t0.getTime() + 2000));
    const result = await attemptResult(learner, id, new Date(t0.getTime() + 3000));
    const item = result.items.find((i) => i.position === Number(pinned!.position))!;
    expect(item.stem).toBe(before.content.stem);
    expect(item.correct).toBe(true);
    const [still] = await rows(
      'SELECT question_version_id FROM session_questions WHERE session_id = ? AND question_id = ?',
      [id, questionId],
    );
    expect(still!.question_version_id).toBe(pinned!.question_version_id);

    await setQuestionStatus(moderator, questionId, 'retired', ctx());
    for (let i = 0; i < 10; i++) {
      const next = await startMockExam(
        learner,
        { examSlug: 'quick-exam' },
        new Date(t0.getTime() + 10_000 + i),
      );
      const drawn = await rows('SELECT question_id FROM session_questions WHERE session_id = ?', [next.id]);
      expect(drawn.map((r) => Number(r.question_id))).not.toContain(questionId);
      await submitAttempt(learner, next.id, new Date(t0.getTime() + 10_000 + i));
    }
    const again = await getAttemptResult(learner, id, new Date(t0.getTime() + 20_000));
    expect(again.state === 'closed' && again.result.items.some((i) => i.stem === before.content.stem)).toBe(
      true,
    );
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['studio.question_edited', 'studio.question_retired']),
    );
  });

  it('keeps the full-text index on the current version through edits, retirement and new questions', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const q = await firstQuestion();
    expect(await searchIds('zebrafish')).toEqual([]);
    await edit(moderator, q.id, (c) => {
      c.stem = 'Which zebrafish service stores objects?';
      c.options[2]!.text = 'Quokka storage';
    });
    expect(await searchIds('zebrafish')).toEqual([q.id]);
    expect(await searchIds('quokka')).toEqual([q.id]);
    await edit(moderator, q.id, (c) => void (c.stem = 'Which service stores objects?'));
    expect(await searchIds('zebrafish')).toEqual([]);

    const page = await listQuestions(moderator, { q: 'quokka' });
    expect(page.items.map((i) => i.id)).toEqual([q.id]);
    await setQuestionStatus(moderator, q.id, 'retired', ctx());
    expect((await listQuestions(moderator, { q: 'quokka', status: 'active' })).items).toEqual([]);
    expect(
      (await listQuestions(moderator, { q: 'quokka', status: 'retired' })).items.map((i) => i.id),
    ).toEqual([q.id]);

    const created = await saveQuestion(
      moderator,
      {
        examId: q.examId,
        asDraft: true,
        content: {
          objectiveId: q.objectiveId,
          type: 'single',
          difficulty: 2,
          stem: 'A wombat question',
          options: [
            { id: 'a', text: 'yes', correct: true },
            { id: 'b', text: 'no', correct: false },
          ],
          explanation: '',
          references: [],
        },
      },
      ctx(),
    );
    expect(await searchIds('wombat')).toEqual([created.id]);
    expect((await listQuestions(moderator, { status: 'draft' })).items.map((i) => i.id)).toEqual([
      created.id,
    ]);
    expect(await auditActions()).toContain('studio.question_created');
  });

  it('pages through a filtered list with a keyset cursor', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const q = await firstQuestion();
    const all: number[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await listQuestions(moderator, { exam: q.examId, sort: 'oldest', cursor });
      all.push(...page.items.map((item) => item.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    const expected = (await rows('SELECT id FROM questions WHERE exam_id = ? ORDER BY id', [q.examId])).map(
      (r) => Number(r.id),
    );
    expect(all).toEqual(expected);
    const hard = await listQuestions(moderator, { exam: q.examId, difficulty: 3, type: 'single' });
    expect(hard.items.every((i) => i.difficulty === 3 && i.type === 'single')).toBe(true);
  });
});
