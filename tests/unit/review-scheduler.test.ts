import { Rating, State, createEmptyCard, fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { newCardState, type SchedulingState } from '@/lib/review/card-state';
import { effectiveReviewTime, SCHEDULER_PARAMETERS, scheduleReview } from '@/lib/review/scheduler';
import { at, days, minutes, T0 } from '../helpers/time';

describe('the FSRS adapter', () => {
  it('sends a missed question back in 10 minutes, a shaky one in 15, a known one to days', () => {
    const card = newCardState(T0);
    expect(scheduleReview(card, 'again', T0)).toMatchObject({
      state: 'learning',
      due: T0.getTime() + minutes(10),
      reps: 1,
      lapses: 0,
    });
    expect(scheduleReview(card, 'hard', T0)).toMatchObject({
      state: 'learning',
      due: T0.getTime() + minutes(15),
      reps: 1,
    });
    const good = scheduleReview(card, 'good', T0);
    expect(good.state).toBe('review');
    expect(good.due - T0.getTime()).toBeGreaterThanOrEqual(days(1));
    expect(good.lastReview).toBe(T0.getTime());
  });

  it('graduates a learning card on Good, and a lapse goes to relearning', () => {
    const learning = scheduleReview(newCardState(T0), 'again', T0);
    const graduated = scheduleReview(learning, 'good', at(minutes(10)));
    expect(graduated.state).toBe('review');
    const lapsed = scheduleReview(graduated, 'again', new Date(graduated.due));
    expect(lapsed).toMatchObject({ state: 'relearning', lapses: 1, due: graduated.due + minutes(10) });
  });

  it('grows intervals with each Good review, capped at a year', () => {
    let card: SchedulingState = newCardState(T0);
    let at = T0;
    const intervals: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      card = scheduleReview(card, 'good', at);
      intervals.push(card.scheduledDays);
      at = new Date(card.due);
    }
    // Fuzz spreads intervals by a few percent, so "growing" allows a little give.
    for (let i = 1; i < intervals.length; i += 1)
      expect(intervals[i]).toBeGreaterThanOrEqual(Math.floor(intervals[i - 1]! * 0.9));
    // ts-fsrs keeps a card reviewed on its capped due date one day past it (elapsed + 1).
    expect(Math.max(...intervals)).toBeLessThanOrEqual(366);
    expect(intervals.at(-1)).toBeGreaterThan(100);
  });

  it('is pure: the same card, rating and time give the same schedule (fuzz included)', () => {
    const card = scheduleReview(scheduleReview(newCardState(T0), 'good', T0), 'good', at(days(3)));
    expect(scheduleReview(card, 'good', at(days(10)))).toEqual(scheduleReview(card, 'good', at(days(10))));
  });

  it('matches ts-fsrs itself with our parameters', () => {
    const ours = scheduleReview(newCardState(T0), 'good', T0);
    const theirs = fsrs(SCHEDULER_PARAMETERS).next(createEmptyCard(T0), T0, Rating.Good).card;
    expect(ours.due).toBe(theirs.due.getTime());
    expect(ours.stability).toBe(theirs.stability);
    expect(theirs.state).toBe(State.Review);
  });

  it('applies an answer older than the last review right after it (FSRS cannot go back in time)', () => {
    const reviewed = scheduleReview(newCardState(T0), 'good', at(days(1)));
    expect(effectiveReviewTime(reviewed, T0).getTime()).toBe(at(days(1)).getTime());
    const late = scheduleReview(reviewed, 'again', T0);
    expect(late.lastReview).toBe(at(days(1)).getTime());
    expect(late.state).toBe('relearning');
  });
});
