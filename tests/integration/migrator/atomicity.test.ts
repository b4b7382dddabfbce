import { describe, expect, it } from 'vitest';
import { MigrationError, migrateUp } from '../../../database/migrator';
import { buildMigrationsDir, createTempDatabase, historyNames, spyOnClient, tableNames } from './helpers';

describe('guarantee 1: one atomic batch per migration', () => {
  it('runs each migration and its history row in ONE client.batch', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    const { spy, batches, executes } = spyOnClient(db.client);

    await migrateUp(spy, { dir, env: 'test' });

    const authorsBatches = batches.filter((batch) =>
      batch.some((sql) => sql.startsWith('CREATE TABLE authors')),
    );
    expect(authorsBatches).toHaveLength(1);
    const batch = authorsBatches[0] as string[];
    expect(batch.filter((sql) => sql.includes('INSERT INTO schema_migrations'))).toHaveLength(1);
    expect(batch).toContain('CREATE UNIQUE INDEX authors_name_unique ON authors (name);');
    expect(executes.some((sql) => sql.includes('CREATE TABLE authors'))).toBe(false);
    expect(await historyNames(db.client)).toEqual([
      '20260101000100_create_authors',
      '20260101000200_create_books',
      '20260101000300_create_reviews',
    ]);
  });

  it('leaves nothing of a migration whose 3rd statement fails, and no history row', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['failing']);

    const error = await migrateUp(db.client, { dir, env: 'test' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MigrationError);
    const failure = error as MigrationError;
    expect(failure.file).toMatch(/20260301000200_third_statement_fails\.sql$/);
    expect(failure.line).toBe(4);
    expect(failure.statement).toBe("INSERT INTO tags (id, label) VALUES (1, 'duplicate primary key');");
    expect(failure.message).toMatch(/UNIQUE constraint failed: tags\.id/);
    expect(failure.message).toContain('20260301000200_third_statement_fails.sql:4:');
    // The first migration committed on its own; nothing of the failing one exists.
    expect(await tableNames(db.client)).not.toContain('tags');
    expect(await tableNames(db.client)).toContain('notes');
    expect(await historyNames(db.client)).toEqual(['20260301000100_create_notes']);
  });

  it('runs a notransaction migration statement by statement and writes its history row last', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['failing-notransaction']);
    const { spy, batches } = spyOnClient(db.client);

    const error = (await migrateUp(spy, { dir, env: 'test' }).catch((e: unknown) => e)) as MigrationError;

    expect(error).toBeInstanceOf(MigrationError);
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/first 2 statement\(s\) ran and stay applied/);
    expect(batches.some((batch) => batch.some((sql) => sql.includes('labels')))).toBe(false);
    const rows = await db.client.execute('SELECT id, label FROM labels');
    expect(rows.rows.map((row) => [row.id, row.label])).toEqual([[1, 'first']]);
    expect(await historyNames(db.client)).toEqual(['20260301000100_create_notes']);
  });

  it('records sequence, checksum, applied_at and execution time of each migration', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    const before = Date.now();
    await migrateUp(db.client, { dir, env: 'test' });
    const result = await db.client.execute(
      'SELECT name, checksum, applied_at, sequence, execution_ms FROM schema_migrations ORDER BY sequence',
    );
    expect(result.rows.map((row) => Number(row.sequence))).toEqual([1, 2, 3]);
    for (const row of result.rows) {
      expect(String(row.checksum)).toMatch(/^[0-9a-f]{64}$/);
      expect(Number(row.applied_at)).toBeGreaterThanOrEqual(before);
      expect(Number(row.execution_ms)).toBeGreaterThanOrEqual(0);
    }
  });
});
