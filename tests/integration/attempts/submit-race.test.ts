import { describe, expect, it } from 'vitest';
import { AttemptNotFoundError } from '@/lib/exam/errors';
import { saveAnswer } from '@/server/attempts/answers';
import { startMockExam, startPractice } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { readForSubmit } from '@/server/attempts/submit-reads';
import { countRows, rows } from '../../helpers/database';
import { createUser } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { attemptTables, keysOf, sessionRow } from './helpers';

// The submit reads before it queues its write (the routes start the reads with their session
// check). These tests put a save between the two, as another request would.

async function reviewLogs(sessionId: string) {
  return rows(
    `SELECT c.question_id, l.is_correct FROM review_logs l JOIN review_cards c ON c.id = l.card_id
      WHERE l.session_id = ? ORDER BY c.question_id`,
    [sessionId],
  );
}

describe('a save between the submit reads and its write', () => {
  it('is scored: the write saw the answers change, wrote nothing, and the submit read again', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const keys = await keysOf(id);
    await saveAnswer(learner, id, { position: 0, selected: keys[0]!.wrong.slice(0, 1), revision: 1 }, T0);
    const reads = readForSubmit(id);
    await reads;
    // The learner corrects the first answer and answers the second while the submit is on its way.
    await saveAnswer(learner, id, { position: 0, selected: keys[0]!.correct, revision: 2 }, at(minutes(1)));
    await saveAnswer(learner, id, { position: 1, selected: keys[1]!.correct, revision: 3 }, at(minutes(1)));

    const outcome = await submitAttempt(learner, id, at(minutes(2)), reads);
    expect(outcome).toEqual({ id, submittedNow: true, reason: 'learner' });
    expect(await sessionRow(id)).toMatchObject({ status: 'submitted', correct_count: 2 });
    // The review cards follow the answers that were scored, once each.
    expect(await reviewLogs(id)).toEqual(
      [
        { question_id: keys[0]!.questionId, is_correct: 1 },
        { question_id: keys[1]!.questionId, is_correct: 1 },
      ].sort((a, b) => a.question_id - b.question_id),
    );
    expect(await countRows('review_session_syncs', { where: 'session_id = ?', args: [id] })).toBe(1);
  });

  it('a flag set in between reaches the review card (a flagged right answer is rated Hard, not Good)', async () => {
    const learner = await createUser();
    const practice = { examSlug: 'test-exam', objectives: ['1', '2'], count: 2 };
    const { id } = await startPractice(learner, practice, T0);
    const keys = await keysOf(id);
    await saveAnswer(learner, id, { position: 0, selected: keys[0]!.correct, revision: 1 }, T0);
    const reads = readForSubmit(id);
    await reads;
    await saveAnswer(learner, id, { position: 0, flagged: true, revision: 2 }, at(minutes(1)));
    await submitAttempt(learner, id, at(minutes(2)), reads);
    expect(await rows('SELECT rating FROM review_logs WHERE session_id = ?', [id])).toEqual([{ rating: 2 }]);
    expect(await sessionRow(id)).toMatchObject({ status: 'submitted', correct_count: 1 });
  });
});

describe("the submit's early reads", () => {
  it("of another learner's attempt: 404, nothing written, nothing told", async () => {
    const owner = await createUser();
    const { id } = await startMockExam(owner, { examSlug: 'test-exam' }, T0);
    const before = await attemptTables();
    const stranger = await createUser();
    const refused = await submitAttempt(stranger, id, at(minutes(1)), readForSubmit(id)).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AttemptNotFoundError);
    expect(await attemptTables()).toEqual(before);
  });

  it('of another attempt than the one submitted are not used', async () => {
    const learner = await createUser();
    const first = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const second = await startMockExam(learner, { examSlug: 'quick-exam' }, T0);
    const outcome = await submitAttempt(learner, second.id, at(minutes(1)), readForSubmit(first.id));
    expect(outcome).toMatchObject({ id: second.id, submittedNow: true });
    expect((await sessionRow(first.id)).status).toBe('in_progress');
    expect((await sessionRow(second.id)).status).toBe('submitted');
  });
});
