import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS, retryDelayMs } from '@/lib/jobs/retry-delay';
import { nextRunAfter } from '@/lib/jobs/schedule';

describe('retryDelayMs', () => {
  it('doubles from 30 s after each failure', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(1)).toBe(FIRST_RETRY_DELAY_MS);
  });

  it('never waits more than an hour, however many failures', () => {
    expect(retryDelayMs(8)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(1_000)).toBe(MAX_RETRY_DELAY_MS);
  });
});

describe('nextRunAfter', () => {
  it('is the next whole minute for "* * * * *", strictly after now', () => {
    expect(nextRunAfter('* * * * *', new Date('2026-12-05T10:15:30Z')).toISOString()).toBe(
      '2026-12-05T10:16:00.000Z',
    );
    expect(nextRunAfter('* * * * *', new Date('2026-12-05T10:16:00Z')).toISOString()).toBe(
      '2026-12-05T10:17:00.000Z',
    );
  });

  it('reads the pattern in UTC across a month end', () => {
    expect(nextRunAfter('17 3 * * *', new Date('2026-12-31T04:00:00Z')).toISOString()).toBe(
      '2027-01-01T03:17:00.000Z',
    );
  });

  it('refuses a schedule that never fires again', () => {
    expect(() => nextRunAfter('0 0 30 2 *', new Date('2026-12-05T00:00:00Z'))).toThrow(/never fires/);
  });
});
