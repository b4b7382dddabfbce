import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MigrationError } from './errors';

export interface MigrationFile {
  /** File name without .sql: the key in schema_migrations. */
  name: string;
  fileName: string;
  /** Absolute path. */
  path: string;
  /** The number the name starts with (1 for 1_initial.sql, a timestamp for our own files): the order. */
  version: bigint;
  /** Normalised text: BOM stripped, CRLF turned into LF. */
  text: string;
  /** sha256 (hex) of the normalised text. */
  checksum: string;
}

/**
 * A number, `_` or `-`, a description: our own `20260101120000_snake_name.sql`, sql-migrate's
 * `1_initial.sql` and `20260101120000-name.sql` (what `sql-migrate new` writes), goose's
 * `00002_name.sql`.
 */
export const MIGRATION_FILE_NAME = /^(\d+)[_-]([A-Za-z0-9_-]+)\.sql$/;
const GOLANG_MIGRATE_NAME = /\.(up|down)\.sql$/;
const LEADING_NUMBER = /^(\d+)/;
/** goose's Go migrations: skipping one silently would leave a gap in the schema. */
const GOOSE_GO_MIGRATION = /^\d+_\w+\.go$/;

function versionOf(name: string): bigint | null {
  const digits = LEADING_NUMBER.exec(name)?.[1];
  return digits === undefined ? null : BigInt(digits);
}

/**
 * The order of migrations, by name (file name without .sql), as sql-migrate sorts them: by the
 * leading number as a number (2 before 10, 1 before 20260101120000), then by the whole name;
 * a name without a number (only possible in a history written by another tool) comes last.
 */
export function compareMigrationNames(a: string, b: string): number {
  const [left, right] = [versionOf(a), versionOf(b)];
  if (left !== null && right !== null && left !== right) return left < right ? -1 : 1;
  if (left !== null && right === null) return -1;
  if (left === null && right !== null) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function nameError(fileName: string): string {
  if (GOLANG_MIGRATE_NAME.test(fileName)) {
    return 'this looks like a golang-migrate file (.up.sql/.down.sql pairs are not read); put both directions in one file with -- +migrate Up and -- +migrate Down sections';
  }
  return 'migration file names must look like 20260101120000_snake_name.sql (a number, "_" or "-", then letters, digits, "_" or "-"; 1_initial.sql and 00002_add_users.sql work too)';
}

export function normaliseMigrationText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

export function checksumOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function readMigrationFile(filePath: string): MigrationFile {
  const fileName = path.basename(filePath);
  const match = MIGRATION_FILE_NAME.exec(fileName);
  if (!match) throw new MigrationError(nameError(fileName), { file: filePath });
  const text = normaliseMigrationText(readFileSync(filePath, 'utf8'));
  return {
    name: fileName.slice(0, -'.sql'.length),
    fileName,
    path: filePath,
    version: BigInt(match[1] as string),
    text,
    checksum: checksumOf(text),
  };
}

/**
 * Every migration file of `dir` in migration order (compareMigrationNames). Files not ending in
 * .sql are ignored, except goose Go migrations (refused). Two files with the same number are refused, as goose does: sql-migrate would
 * order them by name, which silently depends on how each was spelt.
 */
export function listMigrationFiles(dir: string): MigrationFile[] {
  const absolute = path.resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    throw new MigrationError(`migrations folder not found: ${absolute}`);
  }
  const entries = readdirSync(absolute);
  const goFile = entries.find((entry) => GOOSE_GO_MIGRATION.test(entry));
  if (goFile) {
    throw new MigrationError(
      'this looks like a goose Go migration, which cannot run here; rewrite it as SQL',
      {
        file: path.join(absolute, goFile),
      },
    );
  }
  const files = entries
    .filter((entry) => entry.endsWith('.sql'))
    .map((entry) => readMigrationFile(path.join(absolute, entry)))
    .sort((a, b) => compareMigrationNames(a.name, b.name));
  for (let i = 1; i < files.length; i += 1) {
    const previous = files[i - 1] as MigrationFile;
    const file = files[i] as MigrationFile;
    if (previous.version === file.version) {
      throw new MigrationError(
        `version ${file.version} of ${file.fileName} is also used by ${previous.fileName}; the order would be ambiguous (renumber the one not applied yet)`,
        { file: file.path },
      );
    }
  }
  return files;
}
