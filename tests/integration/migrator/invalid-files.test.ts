import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MigrationError, migrateUp, verify } from '../../../database/migrator';
import { buildMigrationsDir, createTempDatabase, tableNames } from './helpers';

const VALID = '20260101000100_create_authors.sql';
const BAD = '20260101000200_bad.sql';

const CASES: Array<[string, number, RegExp]> = [
  ['unknown_annotation_statementbegins.sql', 3, /unknown annotation/],
  ['unknown_annotation_lowercase_up.sql', 1, /unknown annotation/],
  ['unknown_annotation_sideways.sql', 4, /unknown annotation/],
  ['begin_in_transaction.sql', 3, /BEGIN is not allowed/],
  ['sql_before_annotation.sql', 2, /SQL before the first -- \+migrate annotation/],
  ['missing_semicolon.sql', 2, /does not end with ";"/],
  ['trigger_without_chunk.sql', 3, /CREATE TRIGGER must be wrapped/],
  ['unterminated_string.sql', 2, /unterminated string literal/],
];

describe('guarantee 7: invalid files are refused before anything is applied', () => {
  it.each(CASES)(
    '%s: names file and line, and applies not even the valid earlier file',
    async (fixture, line, reason) => {
      const db = createTempDatabase();
      const dir = buildMigrationsDir(db.root, [
        [`basic/${VALID}`, VALID],
        [`invalid/${fixture}`, BAD],
      ]);

      const error = (await migrateUp(db.client, { dir, env: 'test' }).catch(
        (e: unknown) => e,
      )) as MigrationError;

      expect(error).toBeInstanceOf(MigrationError);
      expect(error.file).toBe(path.join(dir, BAD));
      expect(error.line).toBe(line);
      expect(error.message).toMatch(reason);
      expect(error.message).toContain(`${BAD}:${line}: `);
      // Not even the migrator's own tables were created.
      expect(await tableNames(db.client)).toEqual([]);
      await expect(verify(db.client, { dir, env: 'test' })).rejects.toThrow(reason);
    },
  );

  it('quotes the failing statement in the message', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, [[`invalid/begin_in_transaction.sql`, BAD]]);
    await expect(migrateUp(db.client, { dir, env: 'test' })).rejects.toThrow(/\n {2}statement: BEGIN;/);
  });

  it('refuses a .sql file with a malformed name and two files sharing a version number', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    writeFileSync(path.join(dir, 'add-thing.sql'), '-- +migrate Up\nSELECT 1;\n');
    await expect(migrateUp(db.client, { dir, env: 'test' })).rejects.toThrow(
      /add-thing\.sql: migration file names must look like/,
    );

    const other = buildMigrationsDir(db.root, ['basic'], 'other');
    writeFileSync(path.join(other, '20260101000100_also_authors.sql'), '-- +migrate Up\nSELECT 1;\n');
    await expect(migrateUp(db.client, { dir: other, env: 'test' })).rejects.toThrow(
      /version 20260101000100 of 20260101000100_create_authors\.sql is also used by 20260101000100_also_authors\.sql/,
    );
    await expect(migrateUp(db.client, { dir: path.join(db.root, 'nowhere'), env: 'test' })).rejects.toThrow(
      /migrations folder not found/,
    );
    expect(await tableNames(db.client)).toEqual([]);
  });
});
