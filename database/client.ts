import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { getDatabaseConfig, resolveDatabaseEnv, type DatabaseConfig, type DatabaseEnv } from './config';
import { probeOptionsFrom, withRoundTripProbe } from './round-trip-probe';
import * as schema from './schema';

export type Database = LibSQLDatabase<typeof schema>;

export interface DatabaseHandle {
  config: DatabaseConfig;
  client: Client;
  db: Database;
  /**
   * Runs `work` as this process's only writer, retrying on SQLITE_BUSY (see createWriteQueue).
   * `work` uses this handle's `db` or `client`: one `db.batch([...])` or `client.batch(…, 'write')`.
   */
  write<T>(work: () => Promise<T>): Promise<T>;
}

export function createDatabaseClient(config: DatabaseConfig): Client {
  const client = createClient({
    url: config.url,
    authToken: config.authToken,
    syncUrl: config.syncUrl,
    syncInterval: config.syncInterval,
    timeout: config.syncUrl || config.url.startsWith('file:') ? config.busyTimeoutMs : undefined,
    intMode: 'number',
  });
  // Benchmarks count (and can delay) round trips; unset in production, checked once per client.
  const probe = probeOptionsFrom(process.env);
  return probe ? withRoundTripProbe(client, probe) : client;
}

export function isBusyError(error: unknown): boolean {
  let current: unknown = error;
  // drizzle wraps driver errors; walk the cause chain.
  for (let depth = 0; current && depth < 5; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
    if (typeof message === 'string' && /SQLITE_BUSY|database is locked/.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export interface WriteOptions {
  retries?: number;
  backoffMs?: number;
}

export interface BusyRetry {
  /** Runs after the first try; 0 fails on the first BUSY. */
  retries: number;
  /** The wait before the first retry; it doubles before each next one. */
  backoffMs: number;
  /** Waits a random 50–100% of each backoff, so competing processes do not retry in step. */
  jitter?: boolean;
}

/**
 * Runs `work` again after SQLITE_BUSY (another process holds the write lock past the busy
 * timeout), a bounded number of times. Reconnects first: @libsql/client can stay poisoned after
 * a BUSY inside a write transaction (libsql-client-ts #352). `work` must be safe to run again:
 * one batch or one statement. The only copy of this loop (the migrator uses it too).
 */
export async function retryOnBusy<T>(
  client: Client,
  work: () => Promise<T>,
  { retries, backoffMs, jitter = false }: BusyRetry,
): Promise<T> {
  for (let retry = 0; ; retry += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isBusyError(error) || retry >= retries) throw error;
      client.reconnect();
      const wait = backoffMs * 2 ** retry * (jitter ? 0.5 + Math.random() / 2 : 1);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/**
 * A process-wide queue of writers: one write at a time, so our own requests never make
 * each other BUSY. A BUSY from another process is retried (retryOnBusy). `work` must be safe
 * to run again: one batch.
 */
export function createWriteQueue(client: Client, options: WriteOptions = {}) {
  const retry: BusyRetry = { retries: options.retries ?? 4, backoffMs: options.backoffMs ?? 25 };
  let tail: Promise<unknown> = Promise.resolve();

  return function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(() => retryOnBusy(client, work, retry));
    tail = run.catch(() => undefined);
    return run;
  };
}

export function openDatabase(config: DatabaseConfig, options?: WriteOptions): DatabaseHandle {
  const client = createDatabaseClient(config);
  const db = drizzle(client, { schema });
  return { config, client, db, write: createWriteQueue(client, options) };
}

type HandleCache = Map<string, DatabaseHandle>;
const globalCache = globalThis as typeof globalThis & { __pingtopassDatabases?: HandleCache };

/**
 * The shared handle of an environment, cached on globalThis so that Next's hot reload and
 * repeated imports reuse one client (and so one write queue) per database.
 */
export function getDatabase(env: DatabaseEnv = resolveDatabaseEnv()): DatabaseHandle {
  const config = getDatabaseConfig(env);
  const key = `${env}|${config.url}|${config.syncUrl ?? ''}`;
  const cache = (globalCache.__pingtopassDatabases ??= new Map());
  let handle = cache.get(key);
  if (!handle) {
    handle = openDatabase(config);
    cache.set(key, handle);
  }
  return handle;
}

/** Closes every cached handle (CLIs and tests call this before exiting). */
export function closeDatabases(): void {
  const cache = globalCache.__pingtopassDatabases;
  if (!cache) return;
  for (const handle of cache.values()) handle.client.close();
  cache.clear();
}
