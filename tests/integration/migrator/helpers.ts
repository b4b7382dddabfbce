import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client, type InStatement } from '@libsql/client';
import { afterEach } from 'vitest';
import { MIGRATOR_TABLES } from '../../../database/migrator';
import { REPO_ROOT } from '../../helpers/paths';

export { REPO_ROOT };
export const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/migrations');
export const REAL_MIGRATIONS = path.join(REPO_ROOT, 'database/migrations');

export interface TempDatabase {
  /** A folder of its own for the database file and any migrations folder. */
  root: string;
  file: string;
  url: string;
  client: Client;
  /** Closes the current client and opens a new one on the same file. */
  reopen(): Client;
}

const cleanups: Array<() => void> = [];

afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

export function makeTempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ptp-migrator-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real libSQL file database in a fresh temp folder, closed and removed after the test. */
export function createTempDatabase(): TempDatabase {
  const root = makeTempDir();
  const file = path.join(root, 'test.db');
  const url = `file:${file}`;
  const handle: TempDatabase = {
    root,
    file,
    url,
    client: createClient({ url, timeout: 5000 }),
    reopen() {
      handle.client.close();
      handle.client = createClient({ url, timeout: 5000 });
      return handle.client;
    },
  };
  cleanups.unshift(() => handle.client.close());
  return handle;
}

/**
 * Copies migration files into `<root>/<name>` and returns that folder. Each source is a
 * fixture folder (all its files) or `[fixture file, target name]`.
 */
export function buildMigrationsDir(
  root: string,
  sources: Array<string | [string, string]>,
  name = 'migrations',
): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const source of sources) {
    if (Array.isArray(source)) {
      copyFileSync(path.join(FIXTURES, source[0]), path.join(dir, source[1]));
      continue;
    }
    const from = path.isAbsolute(source) ? source : path.join(FIXTURES, source);
    for (const entry of readdirSync(from)) copyFileSync(path.join(from, entry), path.join(dir, entry));
  }
  return dir;
}

export function fixtureNames(fixture: string): string[] {
  const dir = path.isAbsolute(fixture) ? fixture : path.join(FIXTURES, fixture);
  return readdirSync(dir)
    .filter((entry) => entry.endsWith('.sql'))
    .sort()
    .map((entry) => entry.slice(0, -4));
}

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** Every schema object except the migrator's own tables and SQLite's internal ones. */
export async function schemaSnapshot(client: Client): Promise<SchemaObject[]> {
  const placeholders = MIGRATOR_TABLES.map(() => '?').join(', ');
  const result = await client.execute({
    sql: `SELECT type, name, tbl_name, sql FROM sqlite_master
      WHERE tbl_name NOT IN (${placeholders}) AND name NOT LIKE 'sqlite_%'
      ORDER BY type, name`,
    args: [...MIGRATOR_TABLES],
  });
  return result.rows.map((row) => ({
    type: String(row.type),
    name: String(row.name),
    tbl_name: String(row.tbl_name),
    sql: row.sql === null ? null : String(row.sql),
  }));
}

export async function tableNames(client: Client): Promise<string[]> {
  const result = await client.execute(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
  );
  return result.rows.map((row) => String(row.name));
}

export async function historyNames(client: Client): Promise<string[]> {
  const result = await client.execute(`SELECT name FROM schema_migrations ORDER BY sequence`);
  return result.rows.map((row) => String(row.name));
}

export function sha256File(file: string): string | null {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
}

/**
 * The bytes of the database file and of its WAL, and which files exist. The -shm file is
 * left out: it is a shared-memory index that readers update, not stored data.
 */
export function fingerprint(db: TempDatabase) {
  const files = readdirSync(db.root)
    .filter((name) => !name.endsWith('-shm'))
    .sort();
  return { main: sha256File(db.file), wal: sha256File(`${db.file}-wal`), files };
}

/** A client that records every batch and execute call it forwards. */
export function spyOnClient(client: Client) {
  const batches: string[][] = [];
  const executes: string[] = [];
  const sqlOf = (stmt: InStatement) => (typeof stmt === 'string' ? stmt : stmt.sql);
  const spy = new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property === 'batch') {
        return (stmts: InStatement[], mode?: 'write') => {
          batches.push(stmts.map(sqlOf));
          return target.batch(stmts, mode);
        };
      }
      if (property === 'execute') {
        return (stmt: InStatement) => {
          executes.push(sqlOf(stmt));
          return target.execute(stmt);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { spy, batches, executes };
}

/** Collects log lines. */
export function collectLog() {
  const lines: string[] = [];
  return { lines, log: (line: string) => lines.push(line) };
}
