import { createHash } from 'node:crypto';
import type { Client } from '@libsql/client';

export interface TableFingerprint {
  rows: number;
  sha256: string;
}

/** Row count and a sha256 over every row (in rowid or primary-key order) of every table. */
export async function fingerprintDatabase(client: Client): Promise<Record<string, TableFingerprint>> {
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const result: Record<string, TableFingerprint> = {};
  for (const row of tables.rows) {
    const name = String(row.name);
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const data = await client.execute(`SELECT * FROM ${quoted} ORDER BY 1, 2`);
    const hash = createHash('sha256');
    for (const r of data.rows) hash.update(JSON.stringify(Array.from(r as ArrayLike<unknown>))).update('\n');
    result[name] = { rows: data.rows.length, sha256: hash.digest('hex') };
  }
  return result;
}

export async function integrityProblems(client: Client): Promise<string[]> {
  const result = await client.execute('PRAGMA integrity_check');
  const lines = result.rows.map((r) => String(Object.values(r)[0]));
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}
