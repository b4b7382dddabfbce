import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareMigrationNames,
  createMigrationFile,
  listMigrationFiles,
  MigrationError,
  migrateUp,
  parseMigration,
} from '../../../database/migrator';
import {
  buildMigrationsDir,
  createTempDatabase,
  FIXTURES,
  makeTempDir,
  REAL_MIGRATIONS,
  sha256File,
  tableNames,
} from './helpers';

function parseError(text: string): MigrationError {
  try {
    parseMigration(text, 'db/1_x.sql');
  } catch (error) {
    if (error instanceof MigrationError) return error;
    throw error;
  }
  throw new Error('expected a MigrationError');
}

function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

describe('file names of sql-migrate and goose', () => {
  it('orders by the number, then by name, as sql-migrate does', () => {
    const names = ['10_c', '2_b', '20260101120000_e', '1_a', '00011_d', '20260101120000-f'];
    expect([...names].sort(compareMigrationNames)).toEqual([
      '1_a',
      '2_b',
      '10_c',
      '00011_d',
      '20260101120000-f',
      '20260101120000_e',
    ]);
  });

  it('lists numeric, zero-padded, hyphenated and timestamped names in that order', () => {
    const dir = makeTempDir();
    for (const name of ['10_add_index.sql', '1_initial.sql', '00002_x.sql', '20260102150405-Add-Nick.sql']) {
      writeFileSync(path.join(dir, name), '-- +migrate Up\nSELECT 1;\n');
    }
    const files = listMigrationFiles(dir);
    expect(files.map((file) => [file.name, file.version])).toEqual([
      ['1_initial', 1n],
      ['00002_x', 2n],
      ['10_add_index', 10n],
      ['20260102150405-Add-Nick', 20260102150405n],
    ]);
  });

  it('refuses two files with the same number, a name without one, golang-migrate pairs and goose Go files', () => {
    const cases: Array<[string[], RegExp]> = [
      [['1_a.sql', '001_b.sql'], /version 1 of 1_a\.sql is also used by 001_b\.sql/],
      [['initial.sql'], /initial\.sql: migration file names must look like 20260101120000_snake_name\.sql/],
      [['1_init.up.sql', '1_init.down.sql'], /golang-migrate.*one file with -- \+migrate Up and/],
      [['1_bad name.sql'], /migration file names must look like/],
      [['1_a.sql', '00002_backfill.go'], /00002_backfill\.go: this looks like a goose Go migration/],
    ];
    for (const [names, message] of cases) {
      const dir = makeTempDir();
      for (const name of names) writeFileSync(path.join(dir, name), '-- +migrate Up\nSELECT 1;\n');
      expect(() => listMigrationFiles(dir), names.join()).toThrow(message);
    }
  });

  it('leaves our own files as they were: same order as by name, checksum = sha256 of the bytes', () => {
    const files = listMigrationFiles(REAL_MIGRATIONS);
    const names = files.map((file) => file.fileName);
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual([...names].sort());
    for (const file of files) expect(file.checksum, file.fileName).toBe(sha256File(file.path));
  });

  it('create keeps timestamps, after the newest file of a folder with numeric names', () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, '1_initial.sql'), '-- +migrate Up\n');
    writeFileSync(path.join(dir, '00002_x.sql'), '-- +migrate Up\n');
    const file = createMigrationFile(dir, 'next', new Date('2026-03-04T05:06:07Z'));
    expect(path.basename(file)).toBe('20260304050607_next.sql');
    expect(listMigrationFiles(dir).at(-1)?.name).toBe('20260304050607_next');
  });
});

describe('StatementBegin blocks with several statements', () => {
  it('splits a block into its statements, each with its own line, a trigger kept whole', () => {
    const parsed = parseMigration(fixture('sql-migrate-numeric/2_record.sql'), '2_record.sql');
    expect(parsed.up.statements.map((s) => s.line)).toEqual([6, 12, 18, 19]);
    expect(parsed.up.statements[1]?.sql).toMatch(/^CREATE TRIGGER pets_size AFTER INSERT ON pets\nBEGIN\n/);
    expect(parsed.up.statements[1]?.sql).toMatch(/WHERE id = NEW\.owner_id AND NEW\.kind = 'cat';\nEND;$/);
    expect(parsed.down?.statements.map((s) => s.sql)).toEqual([
      'DROP TRIGGER pets_size;',
      'DROP TABLE pets;',
      'DELETE FROM people WHERE id = 1;',
    ]);
  });

  it('accepts a last statement without ";" before StatementEnd, as the other tools do', () => {
    const parsed = parseMigration(
      '-- +migrate Up\n-- +migrate StatementBegin\nSELECT 1;\nSELECT 2\n-- +migrate StatementEnd\n',
      'x.sql',
    );
    expect(parsed.up.statements.map((s) => s.sql)).toEqual(['SELECT 1;', 'SELECT 2']);
  });

  it('still refuses transaction control and, outside notransaction, PRAGMA foreign_keys in a block', () => {
    expect(
      parseError(
        '-- +migrate Up\n-- +migrate StatementBegin\nSELECT 1;\nCOMMIT;\n-- +migrate StatementEnd\n',
      ),
    ).toMatchObject({ line: 4 });
    const pragma = parseError(
      '-- +migrate Up\n-- +migrate StatementBegin\nPRAGMA foreign_keys = OFF;\nSELECT 1;\n-- +migrate StatementEnd\n',
    );
    expect(pragma.line).toBe(3);
    expect(pragma.message).toMatch(/no effect inside a transaction/);
  });
});

describe('goose annotations', () => {
  it('maps Up, Down, StatementBegin/End in any case, and NO TRANSACTION to both sections', () => {
    const parsed = parseMigration(fixture('goose-style/00003_owner_name_index.sql'), 'x.sql');
    expect(parsed.up.noTransaction).toBe(true);
    expect(parsed.down?.noTransaction).toBe(true);
    const lower = parseMigration(fixture('goose-style/20260301120000_count_repos.sql'), 'x.sql');
    expect(lower.up.noTransaction).toBe(false);
    expect(lower.up.statements).toHaveLength(3);
    expect(lower.down?.statements.map((s) => s.sql)).toEqual([
      'DROP TRIGGER repos_count;',
      'ALTER TABLE owners DROP COLUMN repo_count;',
    ]);
  });

  it('lets NO TRANSACTION come after the statements it allows (goose reads it anywhere)', () => {
    const parsed = parseMigration('-- +goose Up\nVACUUM;\n-- +goose NO TRANSACTION\n', 'x.sql');
    expect(parsed.up).toMatchObject({ noTransaction: true, statements: [{ sql: 'VACUUM;', line: 2 }] });
  });

  it('refuses ENVSUB, a mix of goose and sql-migrate annotations and unknown goose annotations', () => {
    const cases: Array<[string, number, RegExp]> = [
      [fixture('invalid/goose_envsub.sql'), 2, /-- \+goose ENVSUB ON is not supported/],
      [fixture('invalid/mixed_goose_and_migrate.sql'), 4, /mixes -- \+goose and -- \+migrate annotations/],
      [fixture('invalid/goose_pragma_in_transaction.sql'), 2, /-- \+goose NO TRANSACTION/],
      ['-- +goose Up\nSELECT 1;\n-- +goose Sideways\n', 3, /unknown annotation "-- \+goose Sideways"/],
      ['-- +goose Up notransaction\nSELECT 1;\n', 1, /unknown annotation.*StatementEnd or NO TRANSACTION\)/],
      ['-- +goose StatementBegin\nSELECT 1;\n', 1, /StatementBegin before the first/],
      ['-- +goose Down\nSELECT 1;\n', 1, /no -- \+goose Up section/],
    ];
    for (const [text, line, message] of cases) {
      const error = parseError(text);
      expect(error.line, text).toBe(line);
      expect(error.message, text).toMatch(message);
    }
  });

  it('refuses an ENVSUB file before anything is applied', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, [
      ['goose-style/00001_create_owners.sql', '00001_create_owners.sql'],
      ['invalid/goose_envsub.sql', '00002_envsub.sql'],
    ]);
    await expect(migrateUp(db.client, { dir, env: 'test' })).rejects.toThrow(/00002_envsub\.sql:2:/);
    expect(await tableNames(db.client)).toEqual([]);
  });
});
