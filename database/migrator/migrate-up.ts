import type { Client } from '@libsql/client';
import { AlreadyAppliedError, applyUp } from './apply';
import { runCommand, type MigrationState } from './context';
import { describeSection, elapsedSince, plural } from './describe';
import { recordEnvironment } from './environment';
import type { MigrationFile } from './files';
import { parseMigration, type ParsedMigration } from './parse';
import type { MigratorOptions } from './types';

interface UpPlan {
  items: Array<{ file: MigrationFile; migration: ParsedMigration }>;
  /** First migrate of this database: the environment gets recorded. */
  recordEnvironment: boolean;
}

/** Parses every pending file before any is applied: one bad file stops the whole run. */
function planUp(state: MigrationState): UpPlan {
  return {
    items: state.pending.map((file) => ({ file, migration: parseMigration(file.text, file.path) })),
    recordEnvironment: state.recordedEnv === null,
  };
}

/**
 * Applies every pending migration in file order. Names are file names without .sql; in a
 * dry run, the names that would be applied.
 */
export async function migrateUp(client: Client, options: MigratorOptions): Promise<{ applied: string[] }> {
  const started = performance.now();
  return runCommand(client, options, {
    plan: planUp,
    describe(plan, log) {
      log(`dry run: ${plural(plan.items.length, 'migration')} would be applied; nothing is written`);
      if (plan.recordEnvironment) log(`-- the environment would be recorded as ${options.env}`);
      for (const { file, migration } of plan.items) describeSection(`${file.name} Up`, migration.up, log);
      return { applied: plan.items.map(({ file }) => file.name) };
    },
    async execute(plan, { client: db, lock, log }) {
      if (plan.recordEnvironment) {
        await recordEnvironment(db, options.env, Date.now());
        log(`recorded environment: ${options.env}`);
      }
      const applied: string[] = [];
      for (const { file, migration } of plan.items) {
        await lock.renew();
        try {
          const ms = await applyUp(db, file, migration.up, Date.now());
          applied.push(file.name);
          log(`applied ${file.name} (${ms} ms)`);
        } catch (error) {
          if (error instanceof AlreadyAppliedError) {
            log(`skipped ${file.name}: another runner applied it`);
            continue;
          }
          if (applied.length > 0)
            log(`applied ${plural(applied.length, 'migration')} before this failure; they stay applied`);
          throw error;
        }
      }
      log(
        applied.length > 0
          ? `applied ${plural(applied.length, 'migration')} in ${elapsedSince(started)} ms`
          : `nothing to migrate: the database is up to date (${elapsedSince(started)} ms)`,
      );
      return { applied };
    },
  });
}
