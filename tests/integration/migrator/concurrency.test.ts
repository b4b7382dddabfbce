import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createClient } from '@libsql/client';
import { migrateUp } from '../../../database/migrator';
import { acquireLock, createOwnerId } from '../../../database/migrator/lock';
import { ensureMigratorTables } from '../../../database/migrator/history';
import { buildMigrationsDir, createTempDatabase, fixtureNames, historyNames, REPO_ROOT } from './helpers';

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runMigrateProcess(dir: string, url: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'database/migrate.ts', 'migrate', '--dir', dir], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: url, DATABASE_ENV: 'test', DATABASE_AUTH_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runsPerMigration(url: string) {
  const client = createClient({ url });
  try {
    const result = await client.execute(
      'SELECT migration, count(*) AS n FROM runs GROUP BY migration ORDER BY migration',
    );
    return Object.fromEntries(result.rows.map((row) => [String(row.migration), Number(row.n)]));
  } finally {
    client.close();
  }
}

const EXPECTED_RUNS = { create_runs: 1, last: 1, outside_transaction: 1, slow_fill: 1 };

describe('guarantee 3: concurrent runners apply each migration exactly once', () => {
  it('two migrate processes started at once both exit 0 and apply each migration once', async () => {
    const db = createTempDatabase();
    db.client.close(); // the processes create the file themselves
    const dir = buildMigrationsDir(db.root, ['concurrent']);

    const results = await Promise.all([runMigrateProcess(dir, db.url), runMigrateProcess(dir, db.url)]);

    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const appliedLines = results.flatMap((result) =>
      result.stdout.split('\n').filter((line) => /^applied \d{14}_/.test(line)),
    );
    expect(appliedLines.map((line) => line.split(' ')[1]).sort()).toEqual(fixtureNames('concurrent'));
    expect(await runsPerMigration(db.url)).toEqual(EXPECTED_RUNS);
    const client = db.reopen();
    expect(await historyNames(client)).toEqual(fixtureNames('concurrent'));
    const mode = await client.execute('PRAGMA journal_mode');
    expect(String(mode.rows[0]?.[0])).toBe('wal');
    expect((await client.execute('SELECT count(*) AS n FROM schema_migrations_lock')).rows[0]?.n).toBe(0);
  }, 60_000);

  it('two clients migrating at once in one process split the work without repeating any', async () => {
    const db = createTempDatabase();
    const other = createClient({ url: db.url, timeout: 5000 });
    try {
      const dir = buildMigrationsDir(db.root, ['concurrent']);
      const [a, b] = await Promise.all([
        migrateUp(db.client, { dir, env: 'test' }),
        migrateUp(other, { dir, env: 'test' }),
      ]);
      expect([...a.applied, ...b.applied].sort()).toEqual(fixtureNames('concurrent'));
      expect(await runsPerMigration(db.url)).toEqual(EXPECTED_RUNS);
    } finally {
      other.close();
    }
  });

  it('takes over an expired lock left by a crashed runner', async () => {
    const db = createTempDatabase();
    await ensureMigratorTables(db.client);
    await db.client.execute({
      sql: 'INSERT INTO schema_migrations_lock (id, owner, acquired_at, expires_at) VALUES (1, ?, ?, ?)',
      args: ['another-host:4242:deadbeef', Date.now() - 120_000, Date.now() - 60_000],
    });
    const dir = buildMigrationsDir(db.root, ['basic']);
    const { applied } = await migrateUp(db.client, { dir, env: 'test' });
    expect(applied).toHaveLength(3);
    expect((await db.client.execute('SELECT count(*) AS n FROM schema_migrations_lock')).rows[0]?.n).toBe(0);
  });

  it('takes over an unexpired lock whose owner is a dead process on this host', async () => {
    const db = createTempDatabase();
    await ensureMigratorTables(db.client);
    const dead = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) =>
      dead.on('exit', () => resolve(dead.pid as number)),
    );
    const owner = createOwnerId().replace(`:${process.pid}:`, `:${deadPid}:`);
    await db.client.execute({
      sql: 'INSERT INTO schema_migrations_lock (id, owner, acquired_at, expires_at) VALUES (1, ?, ?, ?)',
      args: [owner, Date.now(), Date.now() + 600_000],
    });
    const lines: string[] = [];
    const lock = await acquireLock(db.client, { waitMs: 2000, log: (line) => lines.push(line) });
    expect(lines.join('\n')).toContain(`took over the migration lock of ${owner}`);
    await lock.release();
  });

  it('a waiter gives up after its bound with a clear message while a live runner holds the lock', async () => {
    const db = createTempDatabase();
    await ensureMigratorTables(db.client);
    const holder = await acquireLock(db.client);
    try {
      // The waiter's clock moves a second each time it is read, so its 3 s bound passes after two
      // tries without waiting for it (and long before the holder's lock would expire).
      let clock = Date.now();
      const now = () => (clock += 1000);
      const lines: string[] = [];
      const error = await acquireLock(db.client, {
        waitMs: 3000,
        now,
        log: (line) => lines.push(line),
      }).catch((e: unknown) => e);
      expect(String(error)).toMatch(
        new RegExp(`could not take the migration lock held by ${holder.owner} until .* within 3000 ms`),
      );
      expect(lines).toEqual([
        expect.stringContaining(`waiting for the migration lock held by ${holder.owner}`),
      ]);
    } finally {
      await holder.release();
    }
    const next = await acquireLock(db.client, { waitMs: 300 });
    await next.release();
  });
});
