import { describe, expect, it } from 'vitest';
import { countedStudyTimeMs, formatStudyTime, MAX_COUNTED_ANSWER_MS } from '@/lib/progress/study-time';

describe('study time', () => {
  it('counts each answer for at most ten minutes, and nothing for unknown or bad times', () => {
    expect(countedStudyTimeMs(45_000)).toBe(45_000);
    expect(countedStudyTimeMs(3 * 3_600_000)).toBe(MAX_COUNTED_ANSWER_MS);
    expect(countedStudyTimeMs(0)).toBe(0);
    expect(countedStudyTimeMs(-5)).toBe(0);
    expect(countedStudyTimeMs(Number.NaN)).toBe(0);
  });

  it('reads like a person would say it', () => {
    expect(formatStudyTime(0)).toBe('none yet');
    expect(formatStudyTime(30_000)).toBe('under a minute');
    expect(formatStudyTime(45 * 60_000)).toBe('45 min');
    expect(formatStudyTime(2 * 3_600_000)).toBe('2 h');
    expect(formatStudyTime(125 * 60_000)).toBe('2 h 5 min');
  });
});
