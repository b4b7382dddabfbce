import { describe, expect, it } from 'vitest';
import { saveAnswer } from '@/server/attempts/answers';
import { AttemptClosedError } from '@/lib/exam/errors';
import { listAttempts, listOpenAttempts } from '@/server/attempts/history';
import { getAttemptResult, getRunnerView } from '@/server/attempts/queries';
import { startMistakesPractice, startMockExam } from '@/server/attempts/start';
import { abandonAttempt, submitAttempt } from '@/server/attempts/submit';
import { testDatabase } from '../../helpers/database';
import { createUser, examIdBySlug } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { attemptResult, editQuestion, keysOf, runnerView, sessionRow } from './helpers';

describe('submitting and scoring', () => {
  it('scores all-or-nothing, breaks the score down by objective (weakest first) and reviews every question', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const keys = await keysOf(id);
    // Right on the first 7 (a multiple-response one half right counts wrong), nothing on the rest.
    let revision = 1;
    for (const k of keys.slice(0, 7)) {
      await saveAnswer(
        learner,
        id,
        { position: k.position, selected: k.correct, revision: revision++ },
        at(minutes(1)),
      );
    }
    const multiple = keys.slice(7, 9).find((k) => k.type === 'multiple');
    if (multiple)
      await saveAnswer(
        learner,
        id,
        { position: multiple.position, selected: multiple.correct.slice(0, 1), revision: revision++ },
        at(minutes(2)),
      );
    await saveAnswer(learner, id, { position: 9, flagged: true, revision: revision++ }, at(minutes(2)));

    const outcome = await submitAttempt(learner, id, at(minutes(12)));
    expect(outcome).toEqual({ id, submittedNow: true, reason: 'learner' });
    expect(await sessionRow(id)).toMatchObject({
      status: 'submitted',
      correct_count: 7,
      score_percent: 70,
      passed: 1,
      submit_reason: 'learner',
    });

    const view = await attemptResult(learner, id, at(minutes(13)));
    expect(view).toMatchObject({
      correct: 7,
      total: 10,
      percent: 70,
      passed: true,
      passingScore: 70,
      timeUsedMs: minutes(12),
      timeLimitMs: minutes(30),
    });
    expect(view.answered).toBe(multiple ? 8 : 7);
    expect(view.byObjective.reduce((n, o) => n + o.total, 0)).toBe(10);
    expect(view.byObjective.map((o) => o.title).sort()).toEqual(['Test objective one', 'Test objective two']);
    const percents = view.byObjective.map((o) => o.percent);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(view.items).toHaveLength(10);
    expect(view.items.slice(0, 7).every((i) => i.correct && i.answered)).toBe(true);
    expect(view.items[9]).toMatchObject({ answered: false, correct: false, flagged: true });
    expect(view.items[0]!.options.filter((o) => o.correct).map((o) => o.id)).toEqual(keys[0]!.correct);
    expect(view.items[0]!.explanation).toContain('Explanation');
    expect(view.mistakesAvailable).toBe(3);
  });

  it('submitting twice, even at once, gives one result', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const [q] = await keysOf(id);
    await saveAnswer(learner, id, { position: 0, selected: q!.correct, revision: 1 }, at(minutes(1)));
    const outcomes = await Promise.all([
      submitAttempt(learner, id, at(minutes(5))),
      submitAttempt(learner, id, at(minutes(5))),
    ]);
    expect(outcomes.filter((o) => o.submittedNow)).toHaveLength(1);
    const first = await sessionRow(id);
    const again = await submitAttempt(learner, id, at(minutes(9)));
    expect(again).toEqual({ id, submittedNow: false, reason: 'learner' });
    expect(await sessionRow(id)).toEqual(first);
    expect(first).toMatchObject({ correct_count: 1, submitted_at: at(minutes(5)).getTime() });
  });

  it("keeps a past attempt's questions and score when a question is edited afterwards", async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const keys = await keysOf(id);
    for (const k of keys)
      await saveAnswer(
        learner,
        id,
        { position: k.position, selected: k.correct, revision: 1 },
        at(minutes(1)),
      );

    // Edited while the attempt runs: the attempt keeps showing and scoring the version it pinned.
    await editQuestion(keys[0]!.questionId, at(minutes(2)));
    expect((await runnerView(learner, id, at(minutes(3)))).questions[0]!.stem).not.toContain('EDITED');

    await submitAttempt(learner, id, at(minutes(4)));
    // Edited after the result: still 10 of 10, same stems.
    await editQuestion(keys[1]!.questionId, at(minutes(5)));
    const view = await attemptResult(learner, id, at(minutes(6)));
    expect(view.correct).toBe(10);
    expect(view.items.every((i) => i.correct)).toBe(true);
    expect(view.items.some((i) => i.stem.includes('EDITED'))).toBe(false);
    expect(view.items[0]!.options.filter((o) => o.correct).map((o) => o.id)).toEqual(keys[0]!.correct);

    // A new attempt that draws the edited question shows the new version.
    const { rows } = await testDatabase().client.execute({
      sql: 'SELECT current_version FROM questions WHERE id = ?',
      args: [keys[0]!.questionId],
    });
    expect(rows[0]!.current_version).toBe(2);
  });

  it('keeps the objective a question had when it was shown', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const keys = await keysOf(id);
    await submitAttempt(learner, id, at(minutes(1)));
    const before = (await attemptResult(learner, id, at(minutes(2)))).byObjective;
    // Move every question of the attempt to objective 2.
    const examId = await examIdBySlug('test-exam');
    await testDatabase().client.execute({
      sql: `UPDATE questions SET objective_id = (SELECT id FROM objectives WHERE exam_id = ? AND code = '2') WHERE id IN (${keys.map(() => '?').join(',')})`,
      args: [examId, ...keys.map((k) => k.questionId)],
    });
    expect((await attemptResult(learner, id, at(minutes(3)))).byObjective).toEqual(before);
  });
});

describe('the deadline, enforced on every touch', () => {
  it('a result page opened after the deadline shows the attempt submitted, as a timeout at the deadline', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'quick-exam' }, T0);
    const [q] = await keysOf(id);
    await saveAnswer(learner, id, { position: 0, selected: q!.correct, revision: 1 }, at(10_000));

    const early = await getAttemptResult(learner, id, at(30_000));
    expect(early.state).toBe('open');

    const view = await attemptResult(learner, id, at(minutes(90)));
    expect(view).toMatchObject({
      status: 'submitted',
      submitReason: 'timeout',
      correct: 1,
      total: 3,
      timeUsedMs: minutes(1),
      passed: false,
    });
    expect(await sessionRow(id)).toMatchObject({
      status: 'submitted',
      submitted_at: at(minutes(1)).getTime(),
    });
  });

  it('loading the runner after the deadline submits the attempt instead', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'quick-exam' }, T0);
    const lookup = await getRunnerView(learner, id, at(minutes(2)));
    expect(lookup.state).toBe('closed');
    expect(await sessionRow(id)).toMatchObject({ status: 'submitted', submit_reason: 'timeout' });
  });

  it('the history submits expired attempts before listing them', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'quick-exam' }, T0);
    const open = await startMockExam(learner, { examSlug: 'test-exam' }, at(minutes(1)));
    const page = await listAttempts(learner, { page: 1 }, at(minutes(3)));
    expect(page.total).toBe(2);
    expect(page.items.map((i) => [i.id, i.status])).toEqual([
      [open.id, 'in_progress'],
      [id, 'submitted'],
    ]);
    expect(page.items[1]).toMatchObject({ mode: 'mock', submitReason: 'timeout', percent: 0, passed: false });
    const examId = await examIdBySlug('test-exam');
    expect((await listOpenAttempts(learner, examId, at(minutes(3)))).map((a) => a.id)).toEqual([open.id]);
    // Another learner sees none of it.
    const other = await createUser();
    expect((await listAttempts(other, {}, at(minutes(3)))).total).toBe(0);
  });

  it('a submission after the deadline counts as a timeout and uses no more than the time limit', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'quick-exam' }, T0);
    const outcome = await submitAttempt(learner, id, at(61_000));
    expect(outcome.reason).toBe('timeout');
    expect((await attemptResult(learner, id, at(minutes(2)))).timeUsedMs).toBe(minutes(1));
  });
});

describe('abandoning and practising mistakes', () => {
  it('abandons an open attempt, which then takes no answers and cannot be submitted', async () => {
    const learner = await createUser();
    const other = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    await expect(abandonAttempt(other, id, at(1000))).rejects.toThrow('does not exist');
    expect(await abandonAttempt(learner, id, at(minutes(1)))).toEqual({ id, status: 'abandoned' });
    await expect(
      saveAnswer(learner, id, { position: 0, flagged: true, revision: 1 }, at(minutes(2))),
    ).rejects.toBeInstanceOf(AttemptClosedError);
    await expect(submitAttempt(learner, id, at(minutes(2)))).rejects.toBeInstanceOf(AttemptClosedError);
    expect((await attemptResult(learner, id, at(minutes(2)))).status).toBe('abandoned');
  });

  it('an attempt whose time ran out is submitted rather than abandoned', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'quick-exam' }, T0);
    expect(await abandonAttempt(learner, id, at(minutes(5)))).toEqual({ id, status: 'submitted' });
  });

  it('"practice my mistakes" starts an untimed practice of the wrong and blank questions', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const keys = await keysOf(id);
    for (const k of keys.slice(0, 6))
      await saveAnswer(
        learner,
        id,
        { position: k.position, selected: k.correct, revision: 1 },
        at(minutes(1)),
      );
    await saveAnswer(
      learner,
      id,
      { position: 6, selected: [keys[6]!.wrong[0]!], revision: 1 },
      at(minutes(1)),
    );
    await expect(startMistakesPractice(learner, id, at(minutes(2)))).rejects.toThrow(
      /Submit the attempt first/,
    );
    await submitAttempt(learner, id, at(minutes(2)));

    const practice = await startMistakesPractice(learner, id, at(minutes(3)));
    expect(practice.questionCount).toBe(4);
    const practiceKeys = await keysOf(practice.id);
    expect(practiceKeys.map((k) => k.questionId)).toEqual(keys.slice(6).map((k) => k.questionId));
    expect(await sessionRow(practice.id)).toMatchObject({ mode: 'practice', deadline_at: null });
    const other = await createUser();
    await expect(startMistakesPractice(other, id, at(minutes(3)))).rejects.toThrow('does not exist');
  });
});
