import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumOf, migrateUp, normaliseMigrationText } from '../../../database/migrator';
import { buildMigrationsDir, createTempDatabase, FIXTURES } from './helpers';

const FILE = '20260201000100_tricky_sql.sql';

async function expectTrickyResults(client: ReturnType<typeof createTempDatabase>['client']) {
  const rows = await client.execute(`SELECT id, "semi;colon" AS semi, note FROM "odd;table" ORDER BY id`);
  expect(rows.rows.map((row) => [row.id, row.semi, row.note])).toEqual([
    [1, "it's; fine", 'x -- y; z'],
    [2, 'a;b', '/* not a comment; */'],
    [3, 'a;b', 'after trigger; ok'],
  ]);
  // The trigger exists once and fired for the row inserted after it, running both of its statements.
  const audit = await client.execute('SELECT message FROM audit ORDER BY id');
  expect(audit.rows.map((row) => row.message)).toEqual(['inserted; 3', 'small -- id']);
  const triggers = await client.execute(`SELECT sql FROM sqlite_master WHERE type = 'trigger'`);
  expect(triggers.rows).toHaveLength(1);
  expect(String(triggers.rows[0]?.sql)).toContain(
    `CASE WHEN NEW.id > 100 THEN 'big; id' ELSE 'small -- id' END`,
  );
}

describe('guarantee 8: triggers, semicolons and -- in literals, CRLF files', () => {
  it('applies the tricky-sql fixture exactly as written', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['tricky-sql']);
    await migrateUp(db.client, { dir, env: 'test' });
    await expectTrickyResults(db.client);
  });

  it('applies the same file with CRLF line ends and a BOM, recording the same checksum', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['tricky-sql']);
    const original = readFileSync(path.join(FIXTURES, 'tricky-sql', FILE), 'utf8');
    const crlf = `\uFEFF${original.replace(/\n/g, '\r\n')}`;
    writeFileSync(path.join(dir, FILE), crlf);
    expect(readFileSync(path.join(dir, FILE)).includes(Buffer.from('\r\n'))).toBe(true);

    await migrateUp(db.client, { dir, env: 'test' });

    await expectTrickyResults(db.client);
    const recorded = await db.client.execute('SELECT checksum FROM schema_migrations');
    expect(recorded.rows[0]?.checksum).toBe(checksumOf(original));
    expect(normaliseMigrationText(crlf)).toBe(original);
    // No carriage return leaked into the stored schema.
    const schema = await db.client.execute(`SELECT group_concat(sql, '') AS s FROM sqlite_master`);
    expect(String(schema.rows[0]?.s)).not.toContain('\r');
  });
});
