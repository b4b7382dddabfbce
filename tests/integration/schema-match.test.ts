import { is, SQL } from 'drizzle-orm';
import { getTableConfig, SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../database/schema';
import { testDatabase } from '../helpers/database';

const tables = (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable =>
  is(value, SQLiteTable),
);

type Row = Record<string, unknown>;
async function pragma(sql: string): Promise<Row[]> {
  const result = await testDatabase().client.execute(sql);
  return result.rows as unknown as Row[];
}

/** "col" or "col DESC" for each key column of an index, as the migrations built it. */
async function indexColumns(name: string): Promise<string[]> {
  const rows = await pragma(`PRAGMA index_xinfo('${name}')`);
  return rows.filter((r) => r.key === 1).map((r) => `${String(r.name)}${r.desc === 1 ? ' DESC' : ''}`);
}

/** The same for a drizzle index: plain columns, or desc(column) which drizzle renders as SQL. */
function drizzleIndexColumn(column: SQLiteColumn | SQL): string {
  if (!is(column, SQL)) return column.name;
  const chunks = column.queryChunks;
  const col = chunks.find(
    (c): c is SQLiteColumn => typeof c === 'object' && c !== null && 'name' in c && 'columnType' in c,
  );
  const text = chunks
    .map((c) =>
      typeof c === 'object' && c !== null && 'value' in c ? String((c as { value: unknown }).value) : '',
    )
    .join('');
  return `${col?.name ?? '?'}${/desc/i.test(text) ? ' DESC' : ''}`;
}

describe('the drizzle schema mirrors the migrations', () => {
  it('covers every table the migrations built', async () => {
    const built = await pragma(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'schema_%' AND name NOT LIKE 'question_search%' ORDER BY name",
    );
    expect(tables.map((t) => getTableConfig(t).name).sort()).toEqual(built.map((r) => r.name));
  });

  for (const table of tables) {
    const config = getTableConfig(table);

    it(`${config.name}: columns, types, nullability, defaults presence and primary key`, async () => {
      const columns = await pragma(`PRAGMA table_xinfo('${config.name}')`);
      const actual = columns.map((c) => ({
        name: c.name,
        type: c.type,
        notNull: c.notnull === 1 || Number(c.pk) > 0,
        pk: Number(c.pk) > 0,
        hasDefault: c.dflt_value !== null,
      }));
      const compositePk = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
      const expected = config.columns.map((c) => ({
        name: c.name,
        type: c.getSQLType().toUpperCase(),
        notNull: c.notNull,
        pk: c.primary || compositePk.includes(c.name),
        hasDefault: c.hasDefault && c.default !== undefined,
      }));
      expect(actual).toEqual(expected);
    });

    it(`${config.name}: indexes`, async () => {
      const list = await pragma(`PRAGMA index_list('${config.name}')`);
      const actual = await Promise.all(
        list
          .filter((i) => i.origin === 'c')
          .map(async (i) => ({
            name: String(i.name),
            unique: i.unique === 1,
            columns: await indexColumns(String(i.name)),
          })),
      );
      const expected = config.indexes.map((i) => ({
        name: i.config.name,
        unique: i.config.unique,
        columns: i.config.columns.map((c) => drizzleIndexColumn(c as SQLiteColumn | SQL)),
      }));
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
      expect(actual.sort(byName)).toEqual(expected.sort(byName));
    });

    it(`${config.name}: foreign keys`, async () => {
      const rows = await pragma(`PRAGMA foreign_key_list('${config.name}')`);
      const actual = rows
        .map((r) => `${String(r.from)}->${String(r.table)}.${String(r.to)} ${String(r.on_delete)}`)
        .sort();
      const expected = config.foreignKeys
        .map((fk) => {
          const ref = fk.reference();
          const onDelete = (fk.onDelete ?? 'no action').toUpperCase();
          return `${ref.columns[0]!.name}->${getTableConfig(ref.foreignTable).name}.${ref.foreignColumns[0]!.name} ${onDelete}`;
        })
        .sort();
      expect(actual).toEqual(expected);
    });
  }
});
