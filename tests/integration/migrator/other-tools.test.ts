import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getStatus, MigrationError, migrateUp, rollback } from '../../../database/migrator';
import {
  buildMigrationsDir,
  collectLog,
  createTempDatabase,
  fingerprint,
  historyNames,
  schemaSnapshot,
  spyOnClient,
  tableNames,
} from './helpers';

/**
 * Folders written in other tools' styles (tests/fixtures/migrations/sql-migrate-numeric,
 * goose-style, block-fails-midway), run on real libSQL files.
 */
const SQL_MIGRATE = ['1_initial', '2_record', '10_add_index', '20260102150405-add-nickname'];
const GOOSE = [
  '00001_create_owners',
  '00002_insert_owners',
  '00003_owner_name_index',
  '20260301120000_count_repos',
];

async function rows(client: ReturnType<typeof createTempDatabase>['client'], sql: string) {
  return (await client.execute(sql)).rows.map((row) => ({ ...row }));
}

describe('sql-migrate projects bring their folder', () => {
  it('applies numeric names in numeric order (2 before 10, timestamps after)', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['sql-migrate-numeric']);

    const { applied } = await migrateUp(db.client, { dir, env: 'test' });

    expect(applied).toEqual(SQL_MIGRATE);
    expect(await historyNames(db.client)).toEqual(SQL_MIGRATE);
    // The trigger ran for both inserts of the block: its body was kept whole.
    expect(await rows(db.client, 'SELECT id, kind, size FROM pets ORDER BY id')).toEqual([
      { id: 1, kind: 'dog', size: 'big; usually' },
      { id: 2, kind: 'cat', size: 'small' },
    ]);
    expect(await rows(db.client, 'SELECT name, nickname FROM people')).toEqual([
      { name: 'Ada;', nickname: 'A' },
    ]);
    const status = await getStatus(db.client, { dir });
    expect(status.rows.map((row) => [row.name, row.state])).toEqual(
      SQL_MIGRATE.map((name) => [name, 'applied']),
    );
  });

  it('sends each statement of a StatementBegin block as its own entry of the one batch', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['sql-migrate-numeric']);
    const { spy, batches, executes } = spyOnClient(db.client);

    await migrateUp(spy, { dir, env: 'test' });

    const recordBatches = batches.filter((batch) => batch.some((sql) => sql.startsWith('CREATE TABLE pets')));
    expect(recordBatches).toHaveLength(1);
    const batch = recordBatches[0] as string[];
    const own = batch.filter((sql) => !sql.includes('schema_migrations'));
    expect(own).toHaveLength(4);
    expect(own[1]).toMatch(/^CREATE TRIGGER pets_size[\s\S]*CASE NEW\.kind[\s\S]*'cat';\nEND;$/);
    expect(own[2]).toBe("INSERT INTO people (id, name) VALUES (1, 'Ada');");
    expect(batch.filter((sql) => sql.includes('INSERT INTO schema_migrations'))).toHaveLength(1);
    expect(executes.some((sql) => sql.includes('pets'))).toBe(false);
  });

  it('rolls them back in reverse applied order, multi-statement Down blocks included', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['sql-migrate-numeric']);
    await migrateUp(db.client, { dir, env: 'test' });

    const { rolledBack } = await rollback(db.client, { dir, env: 'test', steps: 4 });

    expect(rolledBack).toEqual([...SQL_MIGRATE].reverse());
    expect(await schemaSnapshot(db.client)).toEqual([]);
    expect(await historyNames(db.client)).toEqual([]);
    // And forward again: nothing was left behind that would collide.
    expect((await migrateUp(db.client, { dir, env: 'test' })).applied).toEqual(SQL_MIGRATE);
  });

  it('checks the order numerically: 10 after an applied 9 is fine, 3 after an applied 10 is not', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, [['sql-migrate-numeric/1_initial.sql', '9_initial.sql']]);
    await migrateUp(db.client, { dir, env: 'test' });
    writeFileSync(path.join(dir, '10_more.sql'), '-- +migrate Up\nCREATE TABLE more (id INTEGER);\n');
    expect((await migrateUp(db.client, { dir, env: 'test' })).applied).toEqual(['10_more']);

    writeFileSync(path.join(dir, '3_late.sql'), '-- +migrate Up\nCREATE TABLE late (id INTEGER);\n');
    await expect(migrateUp(db.client, { dir, env: 'test' })).rejects.toThrow(
      /3_late\.sql is pending but sorts before the last applied migration 10_more/,
    );
    const status = await getStatus(db.client, { dir });
    expect(status.rows.map((row) => [row.name, row.state])).toEqual([
      ['3_late', 'pending'],
      ['9_initial', 'applied'],
      ['10_more', 'applied'],
    ]);
    const outOfOrder = await migrateUp(db.client, { dir, env: 'test', allowOutOfOrder: true });
    expect(outOfOrder.applied).toEqual(['3_late']);
  });

  it('records checksums of numeric names and notices an edit after they were applied', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['sql-migrate-numeric']);
    await migrateUp(db.client, { dir, env: 'test' });
    writeFileSync(path.join(dir, '2_record.sql'), '-- +migrate Up\nSELECT 1;\n');

    await expect(migrateUp(db.client, { dir, env: 'test' })).rejects.toThrow(
      /2_record\.sql was modified after it was applied/,
    );
    const status = await getStatus(db.client, { dir });
    expect(status.rows.find((row) => row.name === '2_record')?.state).toBe('modified');
  });
});

describe('a failing statement inside a multi-statement block', () => {
  it('leaves the database as it was: no statement of the block, no history row', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['block-fails-midway']);
    const first = [['block-fails-midway/1_create_things.sql', '1_create_things.sql']] as [string, string][];
    await migrateUp(db.client, { dir: buildMigrationsDir(db.root, first, 'first'), env: 'test' });
    const schemaBefore = await schemaSnapshot(db.client);

    const error = (await migrateUp(db.client, { dir, env: 'test' }).catch(
      (e: unknown) => e,
    )) as MigrationError;

    expect(error).toBeInstanceOf(MigrationError);
    expect(error.file).toBe(path.join(dir, '2_block_fails_midway.sql'));
    expect(error.line).toBe(6);
    expect(error.statement).toBe("INSERT INTO things (id, label) VALUES (1, 'duplicate primary key');");
    expect(error.message).toMatch(/UNIQUE constraint failed: things\.id/);
    expect(error.message).toMatch(/the migration was rolled back; nothing was applied/);
    const tables = await tableNames(db.client);
    for (const table of ['before_block', 'inside_block', 'never_reached'])
      expect(tables).not.toContain(table);
    expect(await rows(db.client, 'SELECT id, label FROM things ORDER BY id')).toEqual([
      { id: 1, label: 'kept' },
    ]);
    expect(await schemaSnapshot(db.client)).toEqual(schemaBefore);
    expect(await historyNames(db.client)).toEqual(['1_create_things']);
  });
});

describe('goose projects bring their folder', () => {
  it('applies goose annotations (any case), NO TRANSACTION included, in version order', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['goose-style']);
    const { spy, batches, executes } = spyOnClient(db.client);

    const { applied } = await migrateUp(spy, { dir, env: 'test' });

    expect(applied).toEqual(GOOSE);
    expect(await rows(db.client, 'SELECT owner_name, repo_count FROM owners ORDER BY owner_id')).toEqual([
      { owner_name: 'ada', repo_count: 0 },
      { owner_name: 'acme', repo_count: 1 },
    ]);
    await db.client.execute(`INSERT INTO repos (repo_full_name, repo_owner_id) VALUES ('ada/one', 1)`);
    expect((await rows(db.client, `SELECT repo_count FROM owners WHERE owner_name = 'ada'`))[0]).toEqual({
      repo_count: 1,
    });
    // NO TRANSACTION: the index ran on its own, outside any batch.
    expect(
      executes.some((sql) => sql.startsWith('CREATE UNIQUE INDEX IF NOT EXISTS owners_owner_name')),
    ).toBe(true);
    expect(batches.some((batch) => batch.some((sql) => sql.includes('owners_owner_name')))).toBe(false);
    const ownersBatch = batches.find((batch) => batch.some((sql) => sql.startsWith('CREATE TABLE owners')));
    expect(ownersBatch?.filter((sql) => sql.startsWith('CREATE TABLE'))).toHaveLength(2);
  });

  it('rolls every goose migration back, NO TRANSACTION Down included', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['goose-style']);
    await migrateUp(db.client, { dir, env: 'test' });

    const { rolledBack } = await rollback(db.client, { dir, env: 'test', steps: 4 });

    expect(rolledBack).toEqual([...GOOSE].reverse());
    expect(await schemaSnapshot(db.client)).toEqual([]);
  });
});

describe('a dry run of other tools’ folders', () => {
  it('writes nothing and prints each statement of a block separately', async () => {
    const db = createTempDatabase();
    const sqlMigrate = buildMigrationsDir(db.root, ['sql-migrate-numeric'], 'sql-migrate');
    const goose = buildMigrationsDir(db.root, ['goose-style'], 'goose');
    db.client.close();
    const before = fingerprint(db);
    const client = db.reopen();
    const { lines, log } = collectLog();

    const first = await migrateUp(client, { dir: sqlMigrate, env: 'test', dryRun: true, log });
    const second = await migrateUp(client, { dir: goose, env: 'test', dryRun: true, log });
    client.close();

    expect(fingerprint(db)).toEqual(before);
    expect(first.applied).toEqual(SQL_MIGRATE);
    expect(second.applied).toEqual(GOOSE);
    const output = lines.join('\n');
    expect(output).toContain('-- 00003_owner_name_index Up (notransaction: statement by statement)');
    expect(output).toContain("   INSERT INTO people (id, name) VALUES (1, 'Ada');");
    expect(output).toContain('   CREATE TRIGGER pets_size AFTER INSERT ON pets');
  });
});
