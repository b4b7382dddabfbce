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
  /** 14-digit timestamp prefix. */
  timestamp: string;
  /** Normalised text: BOM stripped, CRLF turned into LF. */
  text: string;
  /** sha256 (hex) of the normalised text. */
  checksum: string;
}

export const MIGRATION_FILE_NAME = /^(\d{14})_([a-z0-9_]+)\.sql$/;

export function normaliseMigrationText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

export function checksumOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function readMigrationFile(filePath: string): MigrationFile {
  const fileName = path.basename(filePath);
  const match = MIGRATION_FILE_NAME.exec(fileName);
  if (!match) {
    throw new MigrationError('migration file names must look like 20260101120000_snake_name.sql', {
      file: filePath,
    });
  }
  const text = normaliseMigrationText(readFileSync(filePath, 'utf8'));
  return {
    name: fileName.slice(0, -'.sql'.length),
    fileName,
    path: filePath,
    timestamp: match[1] as string,
    text,
    checksum: checksumOf(text),
  };
}

/** Every migration file of `dir`, sorted by name (so by timestamp). Other files are ignored. */
export function listMigrationFiles(dir: string): MigrationFile[] {
  const absolute = path.resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    throw new MigrationError(`migrations folder not found: ${absolute}`);
  }
  const files = readdirSync(absolute)
    .filter((entry) => entry.endsWith('.sql'))
    .sort()
    .map((entry) => readMigrationFile(path.join(absolute, entry)));
  for (let i = 1; i < files.length; i += 1) {
    const previous = files[i - 1] as MigrationFile;
    const file = files[i] as MigrationFile;
    if (previous.timestamp === file.timestamp) {
      throw new MigrationError(
        `timestamp ${file.timestamp} is also used by ${previous.fileName}; the order would be ambiguous`,
        {
          file: file.path,
        },
      );
    }
  }
  return files;
}
