import type { Client } from '@libsql/client';
import { retryOnBusy } from '../client';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The migrator's SQLITE_BUSY retry (retryOnBusy): `attempts` tries in all, jittered backoff from 100 ms. */
export function withBusyRetry<T>(client: Client, work: () => Promise<T>, attempts = 5): Promise<T> {
  return retryOnBusy(client, work, { retries: attempts - 1, backoffMs: 100, jitter: true });
}
