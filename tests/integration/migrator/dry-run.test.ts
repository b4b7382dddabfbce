import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateUp, redo, rollback } from '../../../database/migrator';
import { buildMigrationsDir, collectLog, createTempDatabase, fingerprint, historyNames } from './helpers';

describe('guarantee 4: a dry run writes nothing', () => {
  it('leaves the database file byte-identical and prints what would run', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    // Apply the first migration for real, then add the other two as pending.
    await migrateUp(db.client, {
      dir: buildMigrationsDir(
        db.root,
        [['basic/20260101000100_create_authors.sql', '20260101000100_create_authors.sql']],
        'first',
      ),
      env: 'test',
    });
    // Fold the WAL into the main file and empty it (libSQL keeps the -wal file after close),
    // so any write of the dry run would show up in the main file or as WAL content.
    await db.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    db.client.close();
    const before = fingerprint(db);
    expect(before.main).not.toBeNull();
    expect(statSync(`${db.file}-wal`).size).toBe(0);

    const client = db.reopen();
    const { lines, log } = collectLog();
    const upResult = await migrateUp(client, { dir, env: 'test', dryRun: true, log });
    const rollbackResult = await rollback(client, { dir, env: 'test', dryRun: true, steps: 1, log });
    const redoResult = await redo(client, { dir, env: 'test', dryRun: true, log });
    client.close();

    expect(fingerprint(db)).toEqual(before);
    expect(upResult.applied).toEqual(['20260101000200_create_books', '20260101000300_create_reviews']);
    expect(rollbackResult.rolledBack).toEqual(['20260101000100_create_authors']);
    expect(redoResult.redone).toBe('20260101000100_create_authors');
    const output = lines.join('\n');
    expect(output).toContain('dry run: 2 migrations would be applied; nothing is written');
    expect(output).toContain('-- 20260101000200_create_books Up (one transaction)');
    expect(output).toContain('CREATE VIEW book_titles AS SELECT id, title FROM books;');
    expect(output).toContain('-- 20260101000100_create_authors Down (one transaction)');
    expect(output).toContain('DROP TABLE authors;');

    const after = db.reopen();
    expect(await historyNames(after)).toEqual(['20260101000100_create_authors']);
    // Control: the fingerprint does see a real run.
    await migrateUp(after, { dir, env: 'test' });
    after.close();
    expect(fingerprint(db)).not.toEqual(before);
  });

  it('creates no table, not even its own, in a database never migrated', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    db.client.close();
    const before = fingerprint(db);

    const client = db.reopen();
    const { applied } = await migrateUp(client, { dir, env: 'production', dryRun: true });
    const tables = await client.execute(`SELECT name FROM sqlite_master`);
    const journal = await client.execute('PRAGMA journal_mode');
    client.close();

    expect(applied).toHaveLength(3);
    expect(tables.rows).toEqual([]);
    expect(String(journal.rows[0]?.[0])).toBe('delete');
    expect(fingerprint(db)).toEqual(before);
    expect(path.basename(db.file)).toBe('test.db');
  });
});
