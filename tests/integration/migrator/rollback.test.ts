import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MigrationError, migrateUp, redo, rollback } from '../../../database/migrator';
import { buildMigrationsDir, collectLog, createTempDatabase, historyNames, tableNames } from './helpers';

const AUTHORS = '20260101000100_create_authors';
const BOOKS = '20260101000200_create_books';
const REVIEWS = '20260101000300_create_reviews';

describe('guarantee 5: rollback follows the applied order and refuses irreversible migrations', () => {
  it('rolls back the last N in reverse applied order (by sequence, not by file name)', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, [
      [`basic/${AUTHORS}.sql`, `${AUTHORS}.sql`],
      [`basic/${REVIEWS}.sql`, `${REVIEWS}.sql`],
    ]);
    await migrateUp(db.client, { dir, env: 'test' });
    buildMigrationsDir(db.root, [[`basic/${BOOKS}.sql`, `${BOOKS}.sql`]]);
    await migrateUp(db.client, { dir, env: 'test', allowOutOfOrder: true });
    expect(await historyNames(db.client)).toEqual([AUTHORS, REVIEWS, BOOKS]);

    const first = await rollback(db.client, { dir, env: 'test', steps: 1, allowOutOfOrder: true });
    expect(first.rolledBack).toEqual([BOOKS]);
    expect(await tableNames(db.client)).not.toContain('books');
    expect(await tableNames(db.client)).toContain('reviews');

    await migrateUp(db.client, { dir, env: 'test', allowOutOfOrder: true });
    const two = await rollback(db.client, { dir, env: 'test', steps: 2, allowOutOfOrder: true });
    expect(two.rolledBack).toEqual([BOOKS, REVIEWS]);
    expect(await historyNames(db.client)).toEqual([AUTHORS]);
  });

  it('rolls back everything when asked for more steps than applied, and rejects bad step counts', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    await migrateUp(db.client, { dir, env: 'test' });
    for (const steps of [0, -1, 1.5, Number.NaN]) {
      await expect(rollback(db.client, { dir, env: 'test', steps })).rejects.toThrow(/at least 1/);
    }
    const { rolledBack } = await rollback(db.client, { dir, env: 'test', steps: 10 });
    expect(rolledBack).toEqual([REVIEWS, BOOKS, AUTHORS]);
    expect(await historyNames(db.client)).toEqual([]);
  });

  it('refuses to roll back over an irreversible migration unless forced, then removes only its history row', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['irreversible']);
    await migrateUp(db.client, { dir, env: 'test' });

    const error = (await rollback(db.client, { dir, env: 'test', steps: 2 }).catch(
      (e: unknown) => e,
    )) as MigrationError;
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toMatch(/cannot roll back 20260401000200_backfill_events: irreversible/);
    expect(error.file).toBe(path.join(dir, '20260401000200_backfill_events.sql'));
    expect(await historyNames(db.client)).toHaveLength(2);
    expect(await tableNames(db.client)).toEqual(expect.arrayContaining(['events', 'event_archive']));

    await expect(redo(db.client, { dir, env: 'test', force: true })).rejects.toThrow(/irreversible/);

    const { lines, log } = collectLog();
    const { rolledBack } = await rollback(db.client, { dir, env: 'test', steps: 1, force: true, log });
    expect(rolledBack).toEqual(['20260401000200_backfill_events']);
    expect(lines.join('\n')).toMatch(
      /removed the history row of irreversible 20260401000200_backfill_events/,
    );
    expect(await historyNames(db.client)).toEqual(['20260401000100_create_events']);
    expect(await tableNames(db.client)).toContain('event_archive');
  });

  it('redo rolls back the last applied migration and applies it again', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    await migrateUp(db.client, { dir, env: 'test' });
    await db.client.execute(`INSERT INTO authors (id, name) VALUES (1, 'Ann')`);
    await db.client.execute(`INSERT INTO books (id, author_id, title) VALUES (1, 1, 'Book')`);
    await db.client.execute(`INSERT INTO reviews (id, book_id, stars) VALUES (1, 1, 5)`);

    const { redone } = await redo(db.client, { dir, env: 'test' });

    expect(redone).toBe(REVIEWS);
    expect((await db.client.execute('SELECT count(*) AS n FROM reviews')).rows[0]?.n).toBe(0);
    expect((await db.client.execute('SELECT count(*) AS n FROM books')).rows[0]?.n).toBe(1);
    const sequences = await db.client.execute(
      'SELECT name, sequence FROM schema_migrations ORDER BY sequence',
    );
    expect(sequences.rows.map((row) => row.name)).toEqual([AUTHORS, BOOKS, REVIEWS]);
  });

  it('redo on an empty history does nothing', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    expect(await redo(db.client, { dir, env: 'test' })).toEqual({ redone: null });
  });
});
