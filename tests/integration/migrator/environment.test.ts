import { describe, expect, it } from 'vitest';
import { MigrationError, migrateUp, readRecordedEnvironment, rollback } from '../../../database/migrator';
import { buildMigrationsDir, collectLog, createTempDatabase, historyNames } from './helpers';

describe('guarantee 9: the environment is recorded and checked', () => {
  it('records the environment on the first migrate and refuses another one unless forced', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, [
      ['basic/20260101000100_create_authors.sql', '20260101000100_create_authors.sql'],
    ]);
    expect(await readRecordedEnvironment(db.client)).toBeNull();

    await migrateUp(db.client, { dir, env: 'production' });
    expect(await readRecordedEnvironment(db.client)).toBe('production');
    const row = await db.client.execute('SELECT environment, recorded_at FROM schema_environment');
    expect(row.rows[0]?.environment).toBe('production');
    expect(Number(row.rows[0]?.recorded_at)).toBeGreaterThan(0);

    buildMigrationsDir(db.root, [
      ['basic/20260101000200_create_books.sql', '20260101000200_create_books.sql'],
    ]);
    const error = (await migrateUp(db.client, { dir, env: 'development' }).catch(
      (e: unknown) => e,
    )) as MigrationError;
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toMatch(/recorded as production but the command runs as development; refusing/);
    await expect(rollback(db.client, { dir, env: 'development', steps: 1 })).rejects.toThrow(
      /recorded as production/,
    );
    expect(await historyNames(db.client)).toEqual(['20260101000100_create_authors']);

    const { lines, log } = collectLog();
    const { applied } = await migrateUp(db.client, { dir, env: 'development', force: true, log });
    expect(applied).toEqual(['20260101000200_create_books']);
    expect(lines[0]).toMatch(/^warning: this database is recorded as production/);
    expect(await readRecordedEnvironment(db.client)).toBe('production');
  });

  it('records the environment even when there is nothing to apply', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, [], 'empty');
    expect(await migrateUp(db.client, { dir, env: 'staging' })).toEqual({ applied: [] });
    expect(await readRecordedEnvironment(db.client)).toBe('staging');
  });
});
