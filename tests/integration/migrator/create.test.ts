import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMigrationFile, migrateUp, parseMigration } from '../../../database/migrator';
import { createTempDatabase, makeTempDir } from './helpers';

describe('createMigrationFile', () => {
  it('writes a parseable template named by the UTC time', () => {
    const dir = path.join(makeTempDir(), 'migrations');
    const file = createMigrationFile(dir, 'add_avatars', new Date('2026-03-04T05:06:07Z'));
    expect(path.basename(file)).toBe('20260304050607_add_avatars.sql');
    const parsed = parseMigration(readFileSync(file, 'utf8'), file);
    expect(parsed.up.statements).toEqual([]);
    expect(parsed.down?.statements).toEqual([]);
  });

  it('rejects names that are not snake_case', () => {
    const dir = makeTempDir();
    for (const name of ['AddAvatars', 'add-avatars', 'add avatars', '', '../escape']) {
      expect(() => createMigrationFile(dir, name)).toThrow(/must be snake_case/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('sorts a new file after the newest existing one even if the clock is behind', () => {
    const dir = makeTempDir();
    writeFileSync(path.join(dir, '20300101000000_future.sql'), '-- +migrate Up\n');
    const first = createMigrationFile(dir, 'next', new Date('2026-01-01T00:00:00Z'));
    const second = createMigrationFile(dir, 'after_that', new Date('2026-01-01T00:00:00Z'));
    expect(path.basename(first)).toBe('20300101000001_next.sql');
    expect(path.basename(second)).toBe('20300101000002_after_that.sql');
  });

  it('a filled-in template applies', async () => {
    const db = createTempDatabase();
    const dir = path.join(db.root, 'migrations');
    const file = createMigrationFile(dir, 'create_widgets');
    const text = readFileSync(file, 'utf8')
      .replace('-- +migrate Up\n', '-- +migrate Up\nCREATE TABLE widgets (id INTEGER PRIMARY KEY);\n')
      .replace(/(-- \+migrate Down\n)/, '$1DROP TABLE widgets;\n');
    writeFileSync(file, text);
    expect((await migrateUp(db.client, { dir, env: 'test' })).applied).toEqual([path.basename(file, '.sql')]);
  });
});
