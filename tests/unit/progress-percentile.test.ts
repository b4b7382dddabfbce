import { describe, expect, it } from 'vitest';
import {
  PERCENTILE_MIN_LEARNERS,
  percentileOf,
  percentileSentence,
  percentileWindowStart,
} from '@/lib/progress/percentile';

describe('the percentile of a mock score', () => {
  it('is hidden below 20 other learners and shown from 20 on', () => {
    expect(PERCENTILE_MIN_LEARNERS).toBe(20);
    expect(percentileOf({ others: 19, below: 10 })).toBeNull();
    expect(percentileOf({ others: 0, below: 0 })).toBeNull();
    expect(percentileOf({ others: 20, below: 10 })).toBe(50);
  });

  it('floors to a whole percent, so it never says more than is true', () => {
    expect(percentileOf({ others: 30, below: 20 })).toBe(66);
    expect(percentileOf({ others: 21, below: 1 })).toBe(4);
    expect(percentileOf({ others: 10_000, below: 9_999 })).toBe(99);
  });

  it('runs from 0 (no one below) to 100 (everyone below)', () => {
    expect(percentileOf({ others: 25, below: 0 })).toBe(0);
    expect(percentileOf({ others: 25, below: 25 })).toBe(100);
    // Counts out of range (a race between two reads) are clamped, never shown beyond 0–100.
    expect(percentileOf({ others: 25, below: 30 })).toBe(100);
    expect(percentileOf({ others: 25, below: -1 })).toBe(0);
  });

  it('counts submissions from 90 days before now', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    expect(percentileWindowStart(now)).toBe(new Date('2026-03-03T12:00:00Z').getTime());
  });

  it('says where the learner stands without any count', () => {
    expect(percentileSentence(null)).toBeNull();
    const sentence = percentileSentence(66);
    expect(sentence).toBe("Better than 66% of learners who took this exam's mock in the last 90 days.");
  });
});
