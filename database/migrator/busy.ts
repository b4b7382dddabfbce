import type { Client } from '@libsql/client';
import { isBusyError } from '../client';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` again after SQLITE_BUSY (another process holds the write lock past the busy
 * timeout). Reconnects first: @libsql/client can stay poisoned after a BUSY inside a write
 * transaction (libsql-client-ts #352). `work` must be safe to repeat: one batch or one statement.
 */
export async function withBusyRetry<T>(client: Client, work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isBusyError(error) || attempt >= attempts) throw error;
      client.reconnect();
      await sleep(50 * 2 ** attempt * (0.5 + Math.random() / 2));
    }
  }
}
