import path from 'node:path';

/** The migration engine: sql-migrate (and goose) files, checksummed history, one atomic batch per migration. */
export type { MigratorOptions } from './types';
export type { StatusRow, MigrationStatus } from './status';
export type { ParsedMigration, MigrationSection, MigrationStatement } from './parse';
export type { MigrationFile } from './files';
export type { HistoryRow } from './history';
export { MigrationError } from './errors';
export { migrateUp } from './migrate-up';
export { rollback } from './rollback';
export { redo } from './redo';
export { verify } from './verify';
export { getStatus } from './status';
export { readRecordedEnvironment } from './environment';
export { createMigrationFile } from './create';
export { parseMigration } from './parse';
export { listMigrationFiles, checksumOf, compareMigrationNames, normaliseMigrationText } from './files';
export { MIGRATOR_TABLES } from './history';

export const DEFAULT_MIGRATIONS_DIR: string = path.resolve(process.cwd(), 'database/migrations');
