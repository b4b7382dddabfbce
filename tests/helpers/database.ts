import type { Client } from '@libsql/client';
import { getDatabase, type DatabaseHandle } from '../../database/client';

/** The worker's own test database (set up by worker-setup.ts). */
export function testDatabase(): DatabaseHandle {
  return getDatabase('test');
}

export type SqlArgs = (string | number | null)[];

/** The rows of a query as plain objects; on the worker's test database unless a client is given. */
export async function rows(
  sql: string,
  args: SqlArgs = [],
  client: Client = testDatabase().client,
): Promise<Record<string, unknown>[]> {
  const result = await client.execute({ sql, args });
  return result.rows.map((row) => ({ ...row }));
}

export interface CountOptions {
  where?: string;
  args?: SqlArgs;
  client?: Client;
}

/** count(*) of a table (of the rows matching `where`); on the worker's test database unless a client is given. */
export async function countRows(
  table: string,
  { where = '1 = 1', args = [], client }: CountOptions = {},
): Promise<number> {
  const [row] = await rows(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, args, client);
  return Number(row?.n);
}

/** Every row of these tables, to prove that a refused request changed nothing. */
export async function tableRows(tables: string[]): Promise<unknown[]> {
  return Promise.all(tables.map((table) => rows(`SELECT * FROM ${table} ORDER BY 1, 2`)));
}
