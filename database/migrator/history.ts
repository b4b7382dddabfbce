import type { Client, InStatement } from '@libsql/client';
import { withBusyRetry } from './busy';
import type { MigrationFile } from './files';
import { silent, type Log } from './types';

/** The migrator's own tables. Migration files never create them. */
export const HISTORY_TABLE = 'schema_migrations';
export const LOCK_TABLE = 'schema_migrations_lock';
export const ENVIRONMENT_TABLE = 'schema_environment';
export const MIGRATOR_TABLES = [HISTORY_TABLE, LOCK_TABLE, ENVIRONMENT_TABLE] as const;

const CREATE_TABLES = [
  `CREATE TABLE IF NOT EXISTS ${HISTORY_TABLE} (
    name TEXT PRIMARY KEY NOT NULL,
    checksum TEXT NOT NULL,
    applied_at INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    execution_ms INTEGER NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS ${LOCK_TABLE} (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    owner TEXT NOT NULL,
    acquired_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS ${ENVIRONMENT_TABLE} (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    environment TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
  )`,
];

export interface HistoryRow {
  name: string;
  checksum: string;
  appliedAt: Date;
  /** Order of application (1, 2, …): rollback follows it, not file names. */
  sequence: number;
  executionMs: number;
}

/** Milliseconds since the epoch, measured by SQLite when the statement runs. */
const SQL_NOW_MS = `CAST(ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER)`;

export async function tableExists(client: Client, name: string): Promise<boolean> {
  const result = await client.execute({
    sql: `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`,
    args: [name],
  });
  return result.rows.length > 0;
}

/**
 * WAL lets readers run beside the writer; it persists in the file, so it is set once. Only an
 * optimisation (the busy timeout and the lock keep runners correct without it), so a file
 * that refuses it (an embedded replica, say) gets a warning, not a failure.
 */
async function enableWriteAheadLog(client: Client, log: Log): Promise<void> {
  if (client.protocol !== 'file') return;
  try {
    const mode = await client.execute('PRAGMA journal_mode');
    if (String(mode.rows[0]?.[0] ?? '').toLowerCase() === 'wal') return;
    await withBusyRetry(client, () => client.execute('PRAGMA journal_mode=WAL'), 8);
  } catch (error) {
    log(
      `warning: could not switch the database to WAL mode: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export async function ensureMigratorTables(client: Client, log: Log = silent): Promise<void> {
  await enableWriteAheadLog(client, log);
  await withBusyRetry(client, () => client.batch(CREATE_TABLES, 'write'), 8);
}

/** The applied migrations in applied order; empty (and nothing created) when the table is absent. */
export async function readHistory(client: Client): Promise<HistoryRow[]> {
  if (!(await tableExists(client, HISTORY_TABLE))) return [];
  const result = await client.execute(
    `SELECT name, checksum, applied_at, sequence, execution_ms FROM ${HISTORY_TABLE} ORDER BY sequence, name`,
  );
  return result.rows.map((row) => ({
    name: String(row.name),
    checksum: String(row.checksum),
    appliedAt: new Date(Number(row.applied_at)),
    sequence: Number(row.sequence),
    executionMs: Number(row.execution_ms),
  }));
}

/**
 * The history row of a migration, written first in its batch: the primary key on `name`
 * makes a second runner's batch fail before any of its statements run. execution_ms holds
 * the start time until finishTimingStatement turns it into a duration at the end of the batch.
 */
export function insertHistoryStatement(
  file: MigrationFile,
  appliedAt: number,
  executionMs?: number,
): InStatement {
  return {
    sql: `INSERT INTO ${HISTORY_TABLE} (name, checksum, applied_at, sequence, execution_ms)
      VALUES (?, ?, ?, (SELECT COALESCE(MAX(sequence), 0) + 1 FROM ${HISTORY_TABLE}), ${executionMs === undefined ? SQL_NOW_MS : '?'})`,
    args:
      executionMs === undefined
        ? [file.name, file.checksum, appliedAt]
        : [file.name, file.checksum, appliedAt, executionMs],
  };
}

export function finishTimingStatement(name: string): InStatement {
  return {
    sql: `UPDATE ${HISTORY_TABLE} SET execution_ms = MAX(0, ${SQL_NOW_MS} - execution_ms) WHERE name = ?`,
    args: [name],
  };
}

export function deleteHistoryStatement(name: string): InStatement {
  return { sql: `DELETE FROM ${HISTORY_TABLE} WHERE name = ?`, args: [name] };
}

export function isDuplicateHistoryError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /UNIQUE constraint failed: schema_migrations\.name/.test(message);
}
