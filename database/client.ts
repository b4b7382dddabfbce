import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import { getDatabaseConfig, resolveDatabaseEnv, type DatabaseConfig, type DatabaseEnv } from './config';
import * as schema from './schema';

export type Database = LibSQLDatabase<typeof schema>;

export interface DatabaseHandle {
  config: DatabaseConfig;
  client: Client;
  db: Database;
  /** Runs `work` as this process's only writer, retrying on SQLITE_BUSY (see runWrite). */
  write<T>(work: (db: Database, client: Client) => Promise<T>): Promise<T>;
}

export function createDatabaseClient(config: DatabaseConfig): Client {
  return createClient({
    url: config.url,
    authToken: config.authToken,
    syncUrl: config.syncUrl,
    syncInterval: config.syncInterval,
    timeout: config.syncUrl || config.url.startsWith('file:') ? config.busyTimeoutMs : undefined,
    intMode: 'number',
  });
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

/**
 * A process-wide queue of writers: one write at a time, so our own requests never make
 * each other BUSY. A BUSY from another process is retried a bounded number of times after
 * `client.reconnect()`, because @libsql/client can stay poisoned after a BUSY inside a
 * write transaction (libsql-client-ts #352). `work` must be safe to run again: one batch.
 */
export function createWriteQueue(client: Client, options: WriteOptions = {}) {
  const retries = options.retries ?? 4;
  const backoffMs = options.backoffMs ?? 25;
  let tail: Promise<unknown> = Promise.resolve();

  async function attempt<T>(work: () => Promise<T>): Promise<T> {
    for (let tryNumber = 0; ; tryNumber += 1) {
      try {
        return await work();
      } catch (error) {
        if (!isBusyError(error) || tryNumber >= retries) throw error;
        client.reconnect();
        await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** tryNumber));
      }
    }
  }

  return function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = tail.then(() => attempt(work));
    tail = run.catch(() => undefined);
    return run;
  };
}

export function openDatabase(config: DatabaseConfig, options?: WriteOptions): DatabaseHandle {
  const client = createDatabaseClient(config);
  const db = drizzle(client, { schema });
  const enqueue = createWriteQueue(client, options);
  return {
    config,
    client,
    db,
    write: (work) => enqueue(() => work(db, client)),
  };
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
