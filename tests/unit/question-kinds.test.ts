import { describe, expect, it } from 'vitest';
import { checkAnswer } from '@/lib/exam/answers';
import { presentStructured, settingsOf } from '@/lib/exam/kinds';
import { seededRandom } from '@/lib/exam/random';
import { scoreAnswer, scoreAttempt } from '@/lib/exam/scoring';
import { questionContentSchema } from '@/lib/validation/studio';
import { MATCHING_OPTIONS, ORDERING_OPTIONS } from '../helpers/question-kinds';

// Matching: premises a→d, b→e, c→f; g is a distractor response.
const matching = MATCHING_OPTIONS;
const ordering = ORDERING_OPTIONS;

describe('scoring matching and ordering answers', () => {
  it('is all-or-nothing by default', () => {
    const rules = { kind: 'matching' as const };
    expect(scoreAnswer(matching, ['a:d', 'b:e', 'c:f'], rules)).toBe(1);
    expect(scoreAnswer(matching, ['a:d', 'b:e', 'c:g'], rules)).toBe(0);
    expect(scoreAnswer(matching, ['a:d', 'b:e'], rules)).toBe(0);
    expect(scoreAnswer(ordering, ['a', 'b', 'c', 'd'], { kind: 'ordering' })).toBe(1);
    expect(scoreAnswer(ordering, ['a', 'b', 'd', 'c'], { kind: 'ordering' })).toBe(0);
    expect(scoreAnswer(ordering, null, { kind: 'ordering' })).toBe(0);
  });

  it('gives the share of right pairs or positions with partial credit', () => {
    const rules = { kind: 'matching' as const, partialCredit: true };
    expect(scoreAnswer(matching, ['a:d', 'b:e', 'c:g'], rules)).toBeCloseTo(2 / 3);
    expect(scoreAnswer(matching, ['a:d'], rules)).toBeCloseTo(1 / 3);
    const order = { kind: 'ordering' as const, partialCredit: true };
    expect(scoreAnswer(ordering, ['a', 'b', 'd', 'c'], order)).toBe(0.5);
    expect(scoreAnswer(ordering, ['d', 'c', 'b', 'a'], order)).toBe(0);
  });

  it('counts partial credit in the attempt percent but not as a fully right answer', () => {
    const score = scoreAttempt(
      [
        {
          objectiveId: 1,
          options: ordering,
          selected: ['a', 'b', 'd', 'c'],
          settings: { kind: 'ordering', partialCredit: true },
        },
        {
          objectiveId: 1,
          options: matching,
          selected: ['a:d', 'b:e', 'c:f'],
          settings: { kind: 'matching' },
        },
      ],
      70,
    );
    expect(score.correct).toBe(1);
    expect(score.points).toBe(1.5);
    expect(score.percent).toBe(75);
    expect(score.scores).toEqual([0.5, 1]);
    expect(score.byObjective[0]).toMatchObject({ correct: 1.5, total: 2, percent: 75 });
    expect(score.passed).toBe(true);
  });
});

describe('checking a learner answer', () => {
  const reusable = { kind: 'matching' as const, responsesReusable: true };
  it('stores matching pairs in premise order and refuses malformed ones', () => {
    expect(checkAnswer('single', matching, { kind: 'matching' }, ['c:f', 'a:d'])).toEqual({
      ok: true,
      selected: ['a:d', 'c:f'],
    });
    expect(checkAnswer('single', matching, { kind: 'matching' }, ['a:d', 'b:d'])).toEqual({
      ok: false,
      error: 'Use each response only once in this question.',
    });
    expect(checkAnswer('single', matching, reusable, ['a:d', 'b:d'])).toMatchObject({ ok: true });
    expect(checkAnswer('single', matching, reusable, ['a:d', 'a:e'])).toMatchObject({ ok: false });
    expect(checkAnswer('single', matching, reusable, ['d:a'])).toMatchObject({ ok: false });
    expect(checkAnswer('single', matching, reusable, ['a'])).toMatchObject({ ok: false });
    expect(checkAnswer('single', matching, reusable, ['a:zz'])).toMatchObject({ ok: false });
  });

  it('wants every ordering item exactly once', () => {
    const rules = { kind: 'ordering' as const };
    expect(checkAnswer('single', ordering, rules, ['d', 'c', 'b', 'a'])).toEqual({
      ok: true,
      selected: ['d', 'c', 'b', 'a'],
    });
    expect(checkAnswer('single', ordering, rules, ['a', 'b', 'c'])).toMatchObject({ ok: false });
    expect(checkAnswer('single', ordering, rules, ['a', 'a', 'b', 'c'])).toMatchObject({ ok: false });
    expect(checkAnswer('single', ordering, rules, ['a', 'b', 'c', 'x'])).toMatchObject({ ok: false });
    expect(checkAnswer('single', ordering, rules, [])).toEqual({ ok: true, selected: [] });
  });

  it('shows ordering items shuffled, never in the right order, the same for the same seed', () => {
    for (let seed = 0; seed < 50; seed += 1) {
      const shown = presentStructured('ordering', ordering, seededRandom(seed)).map((o) => o.id);
      expect(shown.join()).not.toBe('a,b,c,d');
      expect([...shown].sort()).toEqual(['a', 'b', 'c', 'd']);
      expect(presentStructured('ordering', ordering, seededRandom(seed)).map((o) => o.id)).toEqual(shown);
    }
    const shownMatching = presentStructured('matching', matching, seededRandom(3));
    expect(shownMatching.slice(0, 3).map((o) => o.premise)).toEqual([true, true, true]);
    expect(JSON.stringify(shownMatching)).not.toContain('match');
  });

  it('reads stored settings defensively', () => {
    expect(settingsOf('{}')).toEqual({});
    expect(settingsOf('not json')).toEqual({});
    expect(settingsOf('{"kind":"essay"}')).toEqual({});
    expect(settingsOf('{"kind":"ordering","partialCredit":true}')).toEqual({
      kind: 'ordering',
      partialCredit: true,
    });
  });
});

describe('the editor schema for the new kinds', () => {
  const base = { objectiveId: 1, type: 'single', difficulty: 2, stem: 'Match them.' };
  const messages = (input: unknown) => {
    const result = questionContentSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('accepts a valid matching and ordering question', () => {
    expect(messages({ ...base, kind: 'matching', options: matching })).toEqual([]);
    expect(messages({ ...base, kind: 'ordering', options: ordering })).toEqual([]);
  });

  it('wants 2–8 premises, enough responses unless reusable, each premise matched', () => {
    const one = [matching[0], matching[3], matching[4]];
    expect(messages({ ...base, kind: 'matching', options: one })).toContain(
      'The question needs 2 to 8 premises (found 1).',
    );
    const short = [matching[0]!, matching[1]!, matching[3]!].map((o) => ({ ...o, match: o.match && 'd' }));
    expect(messages({ ...base, kind: 'matching', options: short }).join(' ')).toMatch(/fewer responses/);
    expect(messages({ ...base, kind: 'matching', responsesReusable: true, options: short })).toEqual([]);
    const dangling = matching.map((o) => (o.id === 'a' ? { ...o, match: 'zz' } : o));
    expect(messages({ ...base, kind: 'matching', options: dangling })).toContain(
      'The question premise 1 is not matched to one of the responses.',
    );
  });

  it('wants 3–8 ordering items', () => {
    expect(messages({ ...base, kind: 'ordering', options: ordering.slice(0, 2) })).toContain(
      'The question needs 3 to 8 items to order (found 2).',
    );
    const nine = Array.from({ length: 9 }, (_, i) => ({ id: `i${i}`, text: `Item ${i}`, correct: false }));
    expect(messages({ ...base, kind: 'ordering', options: nine })).toHaveLength(1);
  });
});
