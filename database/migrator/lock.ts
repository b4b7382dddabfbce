import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Client } from '@libsql/client';
import { isBusyError } from '../client';
import { sleep, withBusyRetry } from './busy';
import { MigrationError } from './errors';
import { LOCK_TABLE } from './history';

/**
 * A single lock row against concurrent runners. It is taken by one atomic upsert that only
 * overwrites an expired row, and carries its owner and an expiry, so a crashed runner's lock
 * lapses on its own (sooner when the owner is a dead process on this same host). The owner
 * renews it before each migration. The primary key of schema_migrations is the last line of
 * defence: a transactional migration can never be recorded twice.
 */

export const LOCK_TTL_MS = 60_000;
/** A waiter outlasts one expiry, so a crashed runner's lock is always taken over. */
export const LOCK_WAIT_MS = LOCK_TTL_MS + 30_000;

export interface LockOptions {
  ttlMs?: number;
  waitMs?: number;
  log?: (line: string) => void;
  now?: () => number;
}

export interface MigrationLock {
  owner: string;
  /** Pushes the expiry forward; throws if another runner has taken the lock meanwhile. */
  renew(): Promise<void>;
  release(): Promise<void>;
}

interface Holder {
  owner: string;
  expiresAt: number;
}

export function createOwnerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

function isDeadLocalProcess(owner: string): boolean {
  const parts = owner.split(':');
  const pid = Number(parts.at(-2));
  const host = parts.slice(0, -2).join(':');
  if (host !== os.hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function tryAcquire(client: Client, owner: string, now: number, ttlMs: number): Promise<Holder> {
  const [, current] = await client.batch(
    [
      {
        sql: `INSERT INTO ${LOCK_TABLE} (id, owner, acquired_at, expires_at) VALUES (1, ?, ?, ?)
          ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, acquired_at = excluded.acquired_at,
            expires_at = excluded.expires_at
          WHERE ${LOCK_TABLE}.expires_at <= excluded.acquired_at`,
        args: [owner, now, now + ttlMs],
      },
      `SELECT owner, expires_at FROM ${LOCK_TABLE} WHERE id = 1`,
    ],
    'write',
  );
  const row = current?.rows[0];
  return { owner: String(row?.owner ?? ''), expiresAt: Number(row?.expires_at ?? 0) };
}

async function takeOver(
  client: Client,
  stale: string,
  owner: string,
  now: number,
  ttlMs: number,
): Promise<boolean> {
  const result = await client.execute({
    sql: `UPDATE ${LOCK_TABLE} SET owner = ?, acquired_at = ?, expires_at = ? WHERE id = 1 AND owner = ?`,
    args: [owner, now, now + ttlMs, stale],
  });
  return result.rowsAffected === 1;
}

/** One attempt: true when `owner` holds the lock afterwards; `holder` says who does otherwise. */
async function attempt(
  client: Client,
  owner: string,
  now: number,
  ttlMs: number,
  log: (line: string) => void,
) {
  try {
    const holder = await tryAcquire(client, owner, now, ttlMs);
    if (holder.owner === owner) return { acquired: true, holder };
    if (isDeadLocalProcess(holder.owner) && (await takeOver(client, holder.owner, owner, now, ttlMs))) {
      log(`took over the migration lock of ${holder.owner}, a process that no longer runs`);
      return { acquired: true, holder };
    }
    return { acquired: false, holder };
  } catch (error) {
    if (!isBusyError(error)) throw error;
    client.reconnect();
    return { acquired: false, holder: null };
  }
}

export async function acquireLock(client: Client, options: LockOptions = {}): Promise<MigrationLock> {
  const ttlMs = options.ttlMs ?? LOCK_TTL_MS;
  const waitMs = options.waitMs ?? LOCK_WAIT_MS;
  const log = options.log ?? (() => undefined);
  const now = options.now ?? Date.now;
  const owner = createOwnerId();
  const deadline = now() + waitMs;
  let announced = false;
  for (let round = 0; ; round += 1) {
    const { acquired, holder } = await attempt(client, owner, now(), ttlMs, log);
    if (acquired) return createHandle(client, owner, ttlMs, now);
    if (holder && !announced) {
      announced = true;
      log(
        `waiting for the migration lock held by ${holder.owner} (expires ${new Date(holder.expiresAt).toISOString()})`,
      );
    }
    if (now() >= deadline) {
      const who = holder ? ` held by ${holder.owner} until ${new Date(holder.expiresAt).toISOString()}` : '';
      throw new MigrationError(
        `could not take the migration lock${who} within ${waitMs} ms: another runner is migrating this database (a crashed runner's lock expires on its own)`,
      );
    }
    await sleep(Math.min(1000, 25 * 2 ** Math.min(round, 6)) * (0.5 + Math.random() / 2));
  }
}

function createHandle(client: Client, owner: string, ttlMs: number, now: () => number): MigrationLock {
  return {
    owner,
    async renew() {
      const result = await withBusyRetry(client, () =>
        client.execute({
          sql: `UPDATE ${LOCK_TABLE} SET expires_at = ? WHERE id = 1 AND owner = ?`,
          args: [now() + ttlMs, owner],
        }),
      );
      if (result.rowsAffected !== 1) {
        throw new MigrationError(
          'lost the migration lock: it expired and another runner took it; stopping here',
        );
      }
    },
    async release() {
      await withBusyRetry(client, () =>
        client.execute({ sql: `DELETE FROM ${LOCK_TABLE} WHERE id = 1 AND owner = ?`, args: [owner] }),
      );
    },
  };
}
