import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MigrationError } from './errors';
import { compareMigrationNames, MIGRATION_FILE_NAME } from './files';

const NAME = /^[a-z0-9_]+$/;
const TIMESTAMP_DIGITS = 14;

const TEMPLATE = `-- +migrate Up
-- Statements here run in one transaction together with the history row. Wrap a statement
-- whose body holds semicolons (a trigger) in StatementBegin/StatementEnd annotations; add
-- "notransaction" after Up to run the statements one by one outside a transaction.


-- +migrate Down
-- Undo the Up section, dropping child tables before their parents. Leaving this section
-- empty makes the migration irreversible.

`;

function formatTimestamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

function timestampToDate(timestamp: string): Date {
  const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((at, i) =>
    Number(timestamp.slice(at, i === 0 ? 4 : at + 2)),
  );
  return new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s));
}

/**
 * The UTC time of `now`, moved past the newest existing file so the new one sorts last. Files of
 * other tools may be numbered 1, 2, … (smaller than any timestamp, so they stay before it).
 */
function nextTimestamp(dir: string, now: Date): string {
  const newest = readdirSync(dir)
    .map((entry) => MIGRATION_FILE_NAME.exec(entry)?.[1])
    .filter((value): value is string => value !== undefined)
    .sort((a, b) => compareMigrationNames(a, b))
    .at(-1);
  const candidate = formatTimestamp(now);
  if (newest === undefined || BigInt(newest) < BigInt(candidate)) return candidate;
  if (newest.length !== TIMESTAMP_DIGITS) {
    throw new MigrationError(
      `the newest migration number ${newest} is larger than any timestamp; name the new file by hand with a larger number`,
    );
  }
  return formatTimestamp(new Date(timestampToDate(newest).getTime() + 1000));
}

/** Writes a new migration from the template and returns its path. */
export function createMigrationFile(dir: string, name: string, now: Date = new Date()): string {
  if (!NAME.test(name)) {
    throw new MigrationError(
      `migration name "${name}" must be snake_case: lower-case letters, digits and _ only`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const file = path.join(path.resolve(dir), `${nextTimestamp(dir, now)}_${name}.sql`);
  writeFileSync(file, TEMPLATE, { flag: 'wx' });
  return file;
}
