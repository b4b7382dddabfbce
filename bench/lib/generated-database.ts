import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client, type InStatement, type InValue } from '@libsql/client';
import { DEFAULT_MIGRATIONS_DIR, migrateUp } from '../../database/migrator';

/** Removes a database file and its WAL files. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * A new, migrated database at `file` (any old one there removed) for a generator to fill: the
 * generators write their rows with raw SQL, so they must start from today's schema.
 */
export async function createGeneratedDatabase(file: string): Promise<Client> {
  mkdirSync(path.dirname(file), { recursive: true });
  removeDatabaseFiles(file);
  const client = createClient({ url: `file:${file}`, intMode: 'number' });
  await migrateUp(client, { dir: DEFAULT_MIGRATIONS_DIR, env: 'development' });
  return client;
}

/** Seconds since a `performance.now()` reading, to a tenth. */
export function secondsSince(started: number): number {
  return Math.round((performance.now() - started) / 100) / 10;
}

const VALUES_PER_STATEMENT = 30_000;
const STATEMENTS_PER_BATCH = 20;

/**
 * Multi-row INSERTs of at most ~30,000 values each, committed 20 statements to a batch. `add`
 * only buffers, so a generator that keeps foreign keys on flushes its tables parents first and
 * the keys hold at every commit; `stream` also commits as it goes, for loads with the keys off.
 */
export class BulkInserter {
  private rows: InValue[][] = [];
  private statements: InStatement[] = [];
  private readonly perStatement: number;
  constructor(
    private readonly client: Client,
    private readonly head: string,
    private readonly width: number,
  ) {
    this.perStatement = Math.floor(VALUES_PER_STATEMENT / width);
  }

  add(row: InValue[]): void {
    this.rows.push(row);
    if (this.rows.length >= this.perStatement) this.cut();
  }

  async stream(row: InValue[]): Promise<void> {
    this.add(row);
    if (this.statements.length >= STATEMENTS_PER_BATCH) await this.flush();
  }

  private cut() {
    if (this.rows.length === 0) return;
    const one = `(${Array(this.width).fill('?').join(', ')})`;
    this.statements.push({
      sql: `${this.head} VALUES ${this.rows.map(() => one).join(', ')}`,
      args: this.rows.flat(),
    });
    this.rows = [];
  }

  async flush(): Promise<void> {
    this.cut();
    const statements = this.statements;
    this.statements = [];
    for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH)
      await this.client.batch(statements.slice(i, i + STATEMENTS_PER_BATCH), 'write');
  }
}

/** Inserts `rows` (each `width` values, in the column order of `head`) with a BulkInserter. */
export async function insertRows(
  client: Client,
  head: string,
  width: number,
  rows: InValue[][],
): Promise<void> {
  const inserter = new BulkInserter(client, head, width);
  for (const row of rows) inserter.add(row);
  await inserter.flush();
}
