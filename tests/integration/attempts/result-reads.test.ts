import { describe, expect, it } from 'vitest';
import { AttemptNotFoundError } from '@/lib/exam/errors';
import { saveAnswer } from '@/server/attempts/answers';
import { getAttemptResult } from '@/server/attempts/queries';
import { readResult } from '@/server/attempts/result-reads';
import { startMockExam } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { percentileOfAttempt } from '@/server/percentile/queries';
import { createUser } from '../../helpers/factories';
import { at, minutes, T0 } from '../../helpers/time';
import { keysOf, sessionRow } from './helpers';

// The result page reads its attempt in one batch started before its session check answered
// (app/attempts/[id]/lookups.ts). These tests hold those early reads to the page's own reads.

async function submittedMock(rightAnswers: number) {
  const learner = await createUser();
  const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
  const keys = await keysOf(id);
  for (const k of keys.slice(0, rightAnswers))
    await saveAnswer(learner, id, { position: k.position, selected: k.correct, revision: 1 }, at(minutes(1)));
  await submitAttempt(learner, id, at(minutes(2)));
  return { learner, id };
}

describe('the result read with the session check', () => {
  it('is the result the page reads on its own, with the percentile and the mistakes to practise', async () => {
    // Other learners' mocks, so the percentile is past its privacy floor if there is one.
    for (let i = 0; i < 6; i += 1) await submittedMock(i);
    const { learner, id } = await submittedMock(4);
    const now = at(minutes(3));
    const early = await getAttemptResult(learner, id, now, readResult(id, now));
    const own = await getAttemptResult(learner, id, now);
    if (early.state !== 'closed' || own.state !== 'closed') throw new Error('expected results');
    expect(early.result).toEqual(own.result);
    expect(early.result.mistakesAvailable).toBe(own.result.items.length - 4);
    expect(early.percentile).toEqual({ betterThan: await percentileOfAttempt(learner, id, now) });
    expect(own.percentile).toBeUndefined();
  });

  it("of another learner's attempt: not found, whatever was read", async () => {
    const { id } = await submittedMock(1);
    const stranger = await createUser();
    const now = at(minutes(3));
    await expect(getAttemptResult(stranger, id, now, readResult(id, now))).rejects.toBeInstanceOf(
      AttemptNotFoundError,
    );
  });

  it('of an attempt past its deadline: closed by the deadline rule, then read again', async () => {
    const learner = await createUser();
    const { id } = await startMockExam(learner, { examSlug: 'test-exam' }, T0);
    const [k] = await keysOf(id);
    await saveAnswer(learner, id, { position: 0, selected: k!.correct, revision: 1 }, at(minutes(1)));
    const late = at(minutes(45));
    const lookup = await getAttemptResult(learner, id, late, readResult(id, late));
    expect(lookup.state).toBe('closed');
    if (lookup.state !== 'closed') return;
    expect(lookup.result).toMatchObject({ correct: 1, answered: 1, submitReason: 'timeout' });
    expect((await sessionRow(id)).status).toBe('submitted');
  });
});
