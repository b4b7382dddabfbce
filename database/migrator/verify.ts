import type { Client } from '@libsql/client';
import { assertHistoryMatches, findHistoryProblems } from './checks';
import { plural } from './describe';
import { listMigrationFiles } from './files';
import { readHistory } from './history';
import { parseMigration } from './parse';
import { silent, type MigratorOptions } from './types';

/**
 * Checks without writing: every applied file unchanged and present, no pending file out of
 * order (unless allowed), and every file parses. Throws MigrationError on the first failure.
 */
export async function verify(client: Client, options: MigratorOptions): Promise<{ ok: true }> {
  const log = options.log ?? silent;
  const files = listMigrationFiles(options.dir);
  const history = await readHistory(client);
  assertHistoryMatches(
    findHistoryProblems(files, history),
    { allowOutOfOrder: options.allowOutOfOrder },
    options.dir,
  );
  for (const file of files) parseMigration(file.text, file.path);
  const pending = files.length - history.length;
  log(
    `verified ${plural(files.length, 'migration file')}: ${history.length} applied, ${pending} pending; checksums match and every file parses`,
  );
  return { ok: true };
}
