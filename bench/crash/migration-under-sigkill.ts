/**
 * Crash durability of migrations (issue 8): `migrate` is killed with SIGKILL at a random moment;
 * afterwards every migration in the history must be complete, none outside it may have left
 * anything behind, integrity_check must be ok, and a re-run must finish the job.
 *   npx tsx bench/crash/migration-under-sigkill.ts [--cycles 20]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';

const ROOT = path.resolve(import.meta.dirname, '../..');
// node itself with tsx as a loader, never the `tsx` CLI: that CLI runs the script in a child
// process, so a SIGKILL would hit only the wrapper while the real migrator ran on unharmed (and
// raced the consistency check below).
const MIGRATE = ['--import', 'tsx', 'database/migrate.ts', 'migrate'];
const MIGRATIONS = 30;
const ROWS = 40_000;

function cycles(): number {
  const index = process.argv.indexOf('--cycles');
  return index > 0 ? Number(process.argv[index + 1]) : 20;
}

/** Migrations heavy enough (a table + 40k rows each) that a kill lands in the middle of the run. */
function writeFixtures(dir: string): void {
  for (let i = 1; i <= MIGRATIONS; i += 1) {
    const stamp = `2026010100${String(i).padStart(4, '0')}`;
    writeFileSync(
      path.join(dir, `${stamp}_heavy_${i}.sql`),
      `-- +migrate Up
CREATE TABLE heavy_${i} (id INTEGER PRIMARY KEY, payload TEXT NOT NULL);
INSERT INTO heavy_${i} (id, payload) WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ${ROWS}) SELECT x, hex(randomblob(16)) FROM n;
CREATE INDEX heavy_${i}_payload ON heavy_${i} (payload);

-- +migrate Down
DROP TABLE heavy_${i};
`,
    );
  }
}

async function check(file: string): Promise<{ applied: number; problems: string[] }> {
  const client = createClient({ url: `file:${file}` });
  const problems: string[] = [];
  try {
    const integrity = String(
      Object.values((await client.execute('PRAGMA integrity_check')).rows[0] ?? {})[0],
    );
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const history = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
    );
    const applied = new Set<number>();
    if (history.rows.length > 0) {
      for (const row of (await client.execute('SELECT name FROM schema_migrations')).rows)
        applied.add(Number(String(row.name).split('_').at(-1)));
    }
    for (let i = 1; i <= MIGRATIONS; i += 1) {
      const exists =
        (
          await client.execute({
            sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            args: [`heavy_${i}`],
          })
        ).rows.length > 0;
      if (applied.has(i)) {
        const count = exists
          ? Number((await client.execute(`SELECT count(*) AS n FROM heavy_${i}`)).rows[0]?.n)
          : -1;
        if (count !== ROWS) problems.push(`migration ${i} recorded but has ${count} rows`);
      } else if (exists) problems.push(`migration ${i} not recorded but its table exists`);
    }
    return { applied: applied.size, problems };
  } finally {
    client.close();
  }
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'p2p-crash-migrations-'));
  writeFixtures(dir);
  const file = path.join(dir, 'db.sqlite');
  let failures = 0;
  for (let cycle = 1; cycle <= cycles(); cycle += 1) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    const env = { ...process.env, DATABASE_ENV: 'test', DATABASE_URL: `file:${file}` };
    const child = spawn(process.execPath, [...MIGRATE, '--dir', dir], { cwd: ROOT, env, stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 900 + Math.random() * 2500));
    const exited = child.exitCode !== null;
    child.kill('SIGKILL');
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
    );
    const after = await check(file);
    // The lock row of the killed runner belongs to a dead process: the re-run takes it over.
    const rerun = spawnSync(process.execPath, [...MIGRATE, '--dir', dir], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    const final = await check(file);
    const ok =
      after.problems.length === 0 &&
      rerun.status === 0 &&
      final.applied === MIGRATIONS &&
      final.problems.length === 0;
    if (!ok) failures += 1;
    console.log(
      `cycle ${cycle}: killed ${exited ? 'after it finished' : 'mid-run'} with ${after.applied}/${MIGRATIONS} applied; problems ${after.problems.length ? after.problems.join('; ') : 'none'}; re-run exit ${rerun.status}, then ${final.applied}/${MIGRATIONS} applied${final.problems.length ? `, problems: ${final.problems.join('; ')}` : ''}`,
    );
  }
  console.log(`\n${cycles()} SIGKILL cycles of migrate: ${failures} inconsistent.`);
  rmSync(dir, { recursive: true, force: true });
  if (failures > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
