import { describe, expect, it } from 'vitest';
import { describeNextReview, formatDayTime, formatShortDay } from '@/lib/progress/format-time';

describe('dates on the progress pages', () => {
  it("print in the learner's zone, the same on server and browser", () => {
    const t = Date.UTC(2026, 2, 1, 23, 5);
    expect(formatDayTime(t, 'UTC')).toBe('1 Mar 2026, 23:05');
    expect(formatDayTime(t, 'Asia/Tokyo')).toBe('2 Mar 2026, 08:05');
    expect(formatDayTime(t, 'America/New_York')).toBe('1 Mar 2026, 18:05');
    expect(formatShortDay(t, 'Asia/Tokyo')).toBe('2 Mar');
    expect(formatDayTime(Date.UTC(2026, 0, 1, 0, 0), 'UTC')).toBe('1 Jan 2026, 00:00');
  });

  it('say when a card comes back', () => {
    const now = 0;
    expect(describeNextReview(now + 10 * 60_000, now)).toBe('in 10 minutes');
    expect(describeNextReview(now + 30_000, now)).toBe('in a minute');
    expect(describeNextReview(now + 3 * 3_600_000, now)).toBe('in 3 hours');
    expect(describeNextReview(now + 86_400_000, now)).toBe('tomorrow');
    expect(describeNextReview(now + 12 * 86_400_000, now)).toBe('in 12 days');
    expect(describeNextReview(now + 120 * 86_400_000, now)).toBe('in 4 months');
  });
});
