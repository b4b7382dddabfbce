import 'server-only';
import type { InStatement, InValue } from '@libsql/client';
import type { BatchItem } from 'drizzle-orm/batch';
import { getDatabase } from '@/database/client';
import { resolveDatabaseEnv } from '@/database/config';
import { serverEnv } from './env';

/** The app's database handle; one per process (cached on globalThis by database/client). */
export function appDatabase() {
  return getDatabase(resolveDatabaseEnv(serverEnv.DATABASE_ENV));
}

/** One statement of a `db.batch([...])`: a drizzle query, or `db.run(sql`…`)` where the builder cannot say it. */
export type Statement = BatchItem<'sqlite'>;

/**
 * Runs the statements as ONE atomic `db.batch`, as this process's only writer (the write queue
 * retries SQLITE_BUSY). The way every write off the hot paths is done; results come back in order.
 */
export function writeBatch(statements: readonly Statement[]) {
  const [first, ...rest] = statements;
  if (!first) throw new Error('writeBatch needs at least one statement');
  const { db, write } = appDatabase();
  return write(() => db.batch([first, ...rest]));
}

/**
 * A drizzle-built statement as a raw one, for the few batches that also hold raw statements
 * (the import's planned inserts, database/questions/import-plan.ts).
 */
export function rawStatement(query: { toSQL(): { sql: string; params: unknown[] } }): InStatement {
  const { sql, params } = query.toSQL();
  return { sql, args: params as InValue[] };
}

/**
 * Did the statement fail on a UNIQUE constraint (optionally: of this `table.column`)? Walks the
 * cause chain: drizzle wraps driver errors.
 */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  const pattern = `UNIQUE constraint failed${column ? `: ${column}` : ''}`;
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && message.includes(pattern)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Placeholders "?, ?, …" for an IN list of a raw statement. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Placeholders "(?, ?, …), (…)" for a multi-row VALUES list of a raw statement. */
export function valuesPlaceholders(rows: number, columns: number): string {
  const row = `(${placeholders(columns)})`;
  return Array.from({ length: rows }, () => row).join(', ');
}
