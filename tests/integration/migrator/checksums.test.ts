import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getStatus, MigrationError, migrateUp, redo, rollback, verify } from '../../../database/migrator';
import { buildMigrationsDir, createTempDatabase, FIXTURES, historyNames } from './helpers';

const AUTHORS = '20260101000100_create_authors';
const BOOKS = '20260101000200_create_books';
const REVIEWS = '20260101000300_create_reviews';

async function migratedBasic() {
  const db = createTempDatabase();
  const dir = buildMigrationsDir(db.root, ['basic']);
  await migrateUp(db.client, { dir, env: 'test' });
  return { db, dir };
}

/** Runs every checked command and returns the error messages (all must refuse). */
async function refusals(db: ReturnType<typeof createTempDatabase>, dir: string, extra: object = {}) {
  const options = { dir, env: 'test' as const, ...extra };
  const commands = [
    () => migrateUp(db.client, options),
    () => rollback(db.client, { ...options, steps: 1 }),
    () => redo(db.client, options),
    () => verify(db.client, options),
  ];
  const messages: string[] = [];
  for (const command of commands) {
    const error = await command().then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(MigrationError);
    messages.push((error as MigrationError).message);
  }
  return messages;
}

describe('guarantee 2: checksums verified before every command', () => {
  it('refuses an applied file that was edited, in migrate, rollback, redo and verify', async () => {
    const { db, dir } = await migratedBasic();
    appendFileSync(path.join(dir, `${BOOKS}.sql`), '-- an innocent-looking edit\n');
    const schemaBefore = await db.client.execute('SELECT count(*) AS n FROM sqlite_master');

    for (const message of await refusals(db, dir)) {
      expect(message).toMatch(new RegExp(`${BOOKS}\\.sql was modified after it was applied`));
      expect(message).toMatch(/recorded sha256 [0-9a-f]{12}…, file now [0-9a-f]{12}…/);
    }
    expect(await historyNames(db.client)).toEqual([AUTHORS, BOOKS, REVIEWS]);
    expect((await db.client.execute('SELECT count(*) AS n FROM sqlite_master')).rows).toEqual(
      schemaBefore.rows,
    );
  });

  it('refuses a deleted applied file in every command', async () => {
    const { db, dir } = await migratedBasic();
    rmSync(path.join(dir, `${AUTHORS}.sql`));
    for (const message of await refusals(db, dir)) {
      expect(message).toContain(`${AUTHORS} was applied but its file is missing`);
    }
    expect(await historyNames(db.client)).toEqual([AUTHORS, BOOKS, REVIEWS]);
  });

  it('refuses an out-of-order pending file unless allowOutOfOrder, which then applies it', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, [
      [`basic/${AUTHORS}.sql`, `${AUTHORS}.sql`],
      [`basic/${REVIEWS}.sql`, `${REVIEWS}.sql`],
    ]);
    // reviews references books, which does not exist yet: SQLite allows that (checked on use).
    await migrateUp(db.client, { dir, env: 'test' });
    copyFileSync(path.join(FIXTURES, 'basic', `${BOOKS}.sql`), path.join(dir, `${BOOKS}.sql`));

    for (const message of await refusals(db, dir)) {
      expect(message).toContain(
        `${BOOKS}.sql is pending but sorts before the last applied migration ${REVIEWS}`,
      );
    }
    expect(await historyNames(db.client)).toEqual([AUTHORS, REVIEWS]);

    expect(await verify(db.client, { dir, env: 'test', allowOutOfOrder: true })).toEqual({ ok: true });
    const { applied } = await migrateUp(db.client, { dir, env: 'test', allowOutOfOrder: true });
    expect(applied).toEqual([BOOKS]);
    expect(await historyNames(db.client)).toEqual([AUTHORS, REVIEWS, BOOKS]);
  });

  it('lets force proceed past a modified file, with a warning', async () => {
    const { db, dir } = await migratedBasic();
    appendFileSync(path.join(dir, `${BOOKS}.sql`), '-- edit\n');
    const lines: string[] = [];
    const { rolledBack } = await rollback(db.client, {
      dir,
      env: 'test',
      steps: 1,
      force: true,
      log: (l) => lines.push(l),
    });
    expect(rolledBack).toEqual([REVIEWS]);
    expect(
      lines.some((line) => line.startsWith('warning:') && line.includes(`${BOOKS}.sql was modified`)),
    ).toBe(true);
  });

  it('treats CRLF line ends and a BOM as the same checksum', async () => {
    const { db, dir } = await migratedBasic();
    const file = path.join(dir, `${AUTHORS}.sql`);
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
    expect(await verify(db.client, { dir, env: 'test' })).toEqual({ ok: true });
  });

  it('status reports modified, missing and pending rows without throwing', async () => {
    const { db, dir } = await migratedBasic();
    appendFileSync(path.join(dir, `${BOOKS}.sql`), '-- edit\n');
    rmSync(path.join(dir, `${REVIEWS}.sql`));
    writeFileSync(
      path.join(dir, '20260101000400_create_prizes.sql'),
      '-- +migrate Up\nCREATE TABLE prizes (id INTEGER);\n',
    );

    const status = await getStatus(db.client, { dir });

    expect(status.environment).toBe('test');
    expect(status.applied).toBe(3);
    expect(status.pending).toBe(1);
    expect(status.rows.map((row) => [row.name, row.state])).toEqual([
      [AUTHORS, 'applied'],
      [BOOKS, 'modified'],
      [REVIEWS, 'missing'],
      ['20260101000400_create_prizes', 'pending'],
    ]);
    expect(status.rows[0]?.appliedAt).toBeInstanceOf(Date);
    expect(status.rows[3]?.appliedAt).toBeNull();
  });
});
