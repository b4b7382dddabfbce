import type { Client } from '@libsql/client';
import type { DatabaseEnv } from '../config';
import { assertHistoryMatches, findHistoryProblems } from './checks';
import { checkEnvironment, readRecordedEnvironment } from './environment';
import { listMigrationFiles, type MigrationFile } from './files';
import { ensureMigratorTables, readHistory, type HistoryRow } from './history';
import { acquireLock, type MigrationLock } from './lock';
import { silent, type Log, type MigratorOptions } from './types';

/** What a command sees of the database and the migrations folder. */
export interface MigrationState {
  files: MigrationFile[];
  byName: Map<string, MigrationFile>;
  /** Applied migrations in applied order. */
  history: HistoryRow[];
  /** Files not in the history, by name. */
  pending: MigrationFile[];
  recordedEnv: DatabaseEnv | null;
}

export interface Command<P, R> {
  /** Validates everything (parses files, checks reversibility) and decides what to run. Writes nothing. */
  plan(state: MigrationState): P;
  describe(plan: P, log: Log): R;
  execute(plan: P, run: { client: Client; lock: MigrationLock; state: MigrationState; log: Log }): Promise<R>;
}

async function loadState(
  client: Client,
  options: MigratorOptions,
  files: MigrationFile[],
  log: Log,
): Promise<MigrationState> {
  const history = await readHistory(client);
  assertHistoryMatches(findHistoryProblems(files, history), { ...options, log }, options.dir);
  const recordedEnv = await readRecordedEnvironment(client);
  checkEnvironment(recordedEnv, options.env, Boolean(options.force), log);
  const applied = new Set(history.map((row) => row.name));
  return {
    files,
    byName: new Map(files.map((file) => [file.name, file])),
    history,
    pending: files.filter((file) => !applied.has(file.name)),
    recordedEnv,
  };
}

/**
 * Runs a command in two passes. First, read-only: load, check and plan, so a bad file or a
 * refused check changes nothing at all (a dry run stops here and describes the plan). Then,
 * holding the lock: load, check and plan again — another runner may have migrated meanwhile —
 * and execute.
 */
export async function runCommand<P, R>(
  client: Client,
  options: MigratorOptions,
  command: Command<P, R>,
): Promise<R> {
  const log = options.log ?? silent;
  const files = listMigrationFiles(options.dir);
  const firstPlan = command.plan(await loadState(client, options, files, options.dryRun ? log : silent));
  if (options.dryRun) return command.describe(firstPlan, log);
  await ensureMigratorTables(client, log);
  const lock = await acquireLock(client, { log });
  try {
    const state = await loadState(client, options, files, log);
    return await command.execute(command.plan(state), { client, lock, state, log });
  } finally {
    await lock
      .release()
      .catch((error: unknown) => log(`warning: could not release the migration lock: ${String(error)}`));
  }
}
