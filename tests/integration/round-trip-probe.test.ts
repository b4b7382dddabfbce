import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  probeOptionsFrom,
  recentRoundTrips,
  sequentialDepth,
  withRoundTripProbe,
} from '@/database/round-trip-probe';
import { testDatabase } from '../helpers/database';

const trip = (start: number, end: number) => ({ start, end, write: false, kind: 'execute', sql: '' });

describe('the round-trip probe (benchmarks only)', () => {
  it('is off unless a benchmark asks for it', () => {
    expect(probeOptionsFrom({})).toBeNull();
    expect(probeOptionsFrom({ DB_ROUNDTRIP_DELAY_MS: '0' })).toBeNull();
    expect(probeOptionsFrom({ DB_ROUNDTRIP_DELAY_MS: '5', DB_ROUNDTRIP_MODE: 'replica' })).toEqual({
      logFile: undefined,
      delayMs: 5,
      delayReads: false,
    });
  });

  it('counts overlapping trips once and trips one after another each', () => {
    expect(sequentialDepth([])).toBe(0);
    // Two reads together, then one after both: two round-trip times.
    expect(sequentialDepth([trip(0, 20), trip(1, 21), trip(22, 42)])).toBe(2);
    // A chain of three, with an unrelated read overlapping the first.
    expect(sequentialDepth([trip(0, 20), trip(5, 25), trip(21, 41), trip(42, 62)])).toBe(3);
  });

  it('records every statement, batch and parallel read of a real client, and delays them', async () => {
    const client = withRoundTripProbe(testDatabase().client, { delayMs: 15, delayReads: true });
    const from = recentRoundTrips.length;
    await Promise.all([client.execute('SELECT 1'), client.execute('SELECT 2')]);
    await client.batch(['SELECT 3', 'SELECT 4'], 'read');
    const trips = recentRoundTrips.slice(from);
    expect(trips.map((t) => t.kind)).toEqual(['execute', 'execute', 'batch']);
    expect(sequentialDepth(trips)).toBe(2);
  });

  afterEach(() => vi.useRealTimers());

  it('delays only writes as an embedded replica', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const client = withRoundTripProbe(testDatabase().client, { delayMs: 15, delayReads: false });
    const from = recentRoundTrips.length;
    // The read is not delayed: it completes with the clock standing still.
    await client.execute('SELECT 1');
    let written = false;
    const write = client.execute("UPDATE users SET name = name WHERE id = 'nobody'").then(() => {
      written = true;
    });
    await vi.advanceTimersByTimeAsync(14);
    expect(written).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await write;
    expect(written).toBe(true);
    expect(recentRoundTrips.slice(from).map((t) => t.write)).toEqual([false, true]);
  });
});
