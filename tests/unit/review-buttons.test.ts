import { Rating, fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { newCardState, type SchedulingState } from '@/lib/review/card-state';
import { intervalLabel } from '@/lib/review/interval-label';
import { reviewKeyAction } from '@/lib/review/keyboard';
import { REVIEW_RATINGS } from '@/lib/review/rating';
import { previewReviews, SCHEDULER_PARAMETERS, scheduleReview } from '@/lib/review/scheduler';
import { at, days, minutes, T0 } from '../helpers/time';

const NOW = T0.getTime();
const HOUR = minutes(60);

describe('interval labels on the rating buttons', () => {
  it('says minutes with "<", then hours, days, weeks, months and years', () => {
    const cases: [number, string][] = [
      [0, '<1m'],
      [20_000, '<1m'],
      [minutes(10), '<10m'],
      [minutes(15), '<15m'],
      [minutes(59), '<59m'],
      [HOUR, '1h'],
      [5 * HOUR, '5h'],
      [days(1), '1d'],
      [days(4), '4d'],
      [days(13), '13d'],
      [days(14), '2w'],
      [days(30), '4w'],
      [days(60), '2mo'],
      [days(200), '7mo'],
      [days(365), '1y'],
      [days(500), '1.4y'],
    ];
    for (const [span, label] of cases) expect(intervalLabel(NOW + span, NOW), String(span)).toBe(label);
  });

  it('never goes negative for a due time already past', () => {
    expect(intervalLabel(NOW - days(2), NOW)).toBe('<1m');
  });
});

describe('the four previews', () => {
  const reviewed = (): SchedulingState => {
    let card = newCardState(T0);
    let when = T0;
    for (let i = 0; i < 3; i += 1) {
      card = scheduleReview(card, 'good', when);
      when = new Date(card.due);
    }
    return card;
  };

  it('are exactly what scheduleReview applies for each rating at the same time (fuzz included)', () => {
    const card = reviewed();
    const when = new Date(card.due + HOUR);
    const previews = previewReviews(card, when);
    for (const rating of REVIEW_RATINGS) expect(previews[rating]).toEqual(scheduleReview(card, rating, when));
  });

  it("match ts-fsrs's own repeat, and grow from Again to Easy for a card in review", () => {
    const card = reviewed();
    const when = new Date(card.due);
    const previews = previewReviews(card, when);
    const theirs = fsrs(SCHEDULER_PARAMETERS).repeat(
      {
        due: new Date(card.due),
        stability: card.stability,
        difficulty: card.difficulty,
        elapsed_days: card.elapsedDays,
        scheduled_days: card.scheduledDays,
        learning_steps: card.learningSteps,
        reps: card.reps,
        lapses: card.lapses,
        state: 2,
        last_review: new Date(card.lastReview!),
      },
      when,
    );
    expect(previews.easy.due).toBe(theirs[Rating.Easy].card.due.getTime());
    expect(previews.again.due).toBe(when.getTime() + minutes(10));
    const labels = REVIEW_RATINGS.map((r) => intervalLabel(previews[r].due, when.getTime()));
    expect(labels[0]).toBe('<10m');
    const spans = REVIEW_RATINGS.map((r) => previews[r].due - when.getTime());
    for (let i = 1; i < spans.length; i += 1) expect(spans[i]!).toBeGreaterThan(spans[i - 1]!);
  });

  it('a new card: Again <10m, Hard <15m, Good and Easy in days', () => {
    const previews = previewReviews(newCardState(T0), at(0));
    expect(intervalLabel(previews.again.due, NOW)).toBe('<10m');
    expect(intervalLabel(previews.hard.due, NOW)).toBe('<15m');
    expect(previews.good.due - NOW).toBeGreaterThanOrEqual(days(1));
    expect(previews.easy.due).toBeGreaterThan(previews.good.due);
  });
});

describe('review keys', () => {
  const before = { revealed: false, optionCount: 4 };
  const after = { revealed: true, optionCount: 4 };
  const body = { tagName: 'BODY' };

  it('before the reveal: Space or Enter reveal, 1–9 / A–E choose an option', () => {
    expect(reviewKeyAction({ key: ' ' }, body, before)).toEqual({ type: 'reveal' });
    expect(reviewKeyAction({ key: 'Enter' }, body, before)).toEqual({ type: 'reveal' });
    expect(reviewKeyAction({ key: '2' }, body, before)).toEqual({ type: 'choose', index: 1 });
    expect(reviewKeyAction({ key: 'c' }, body, before)).toEqual({ type: 'choose', index: 2 });
    expect(reviewKeyAction({ key: '5' }, body, before)).toBeNull();
  });

  it('after the reveal: 1–4 rate, nothing else does', () => {
    expect(['1', '2', '3', '4'].map((key) => reviewKeyAction({ key }, body, after))).toEqual(
      REVIEW_RATINGS.map((rating) => ({ type: 'rate', rating })),
    );
    for (const key of [' ', 'Enter', 'a', '5']) expect(reviewKeyAction({ key }, body, after)).toBeNull();
  });

  it('leaves Space and Enter to a focused button or link, and Space to a focused option', () => {
    for (const tagName of ['BUTTON', 'A', 'SUMMARY'])
      for (const key of [' ', 'Enter']) expect(reviewKeyAction({ key }, { tagName }, before)).toBeNull();
    const radio = { tagName: 'INPUT', type: 'radio' };
    expect(reviewKeyAction({ key: ' ' }, radio, before)).toBeNull();
    expect(reviewKeyAction({ key: 'Enter' }, radio, before)).toEqual({ type: 'reveal' });
  });

  it('leaves keys with Ctrl, Cmd or Alt to the browser', () => {
    expect(reviewKeyAction({ key: '3', ctrlKey: true }, body, after)).toBeNull();
    expect(reviewKeyAction({ key: ' ', metaKey: true }, body, before)).toBeNull();
    expect(reviewKeyAction({ key: 'a', altKey: true }, body, before)).toBeNull();
  });
});
