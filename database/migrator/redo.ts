import type { Client } from '@libsql/client';
import { applyDown, applyUp } from './apply';
import { runCommand, type MigrationState } from './context';
import { describeSection, elapsedSince } from './describe';
import { MigrationError } from './errors';
import type { MigrationFile } from './files';
import { parseMigration, type ParsedMigration } from './parse';
import type { MigratorOptions } from './types';

interface RedoPlan {
  file: MigrationFile;
  migration: ParsedMigration;
}

/** The last applied migration (by sequence). It must have its file and a Down section. */
function planRedo(state: MigrationState): RedoPlan | null {
  const last = state.history.at(-1);
  if (!last) return null;
  const file = state.byName.get(last.name);
  if (!file) throw new MigrationError(`cannot redo ${last.name}: its file is missing`);
  const migration = parseMigration(file.text, file.path);
  if (!migration.down || migration.down.statements.length === 0) {
    throw new MigrationError(`cannot redo ${last.name}: it is irreversible (no Down statements)`, {
      file: file.path,
    });
  }
  return { file, migration };
}

/** Rolls back the last applied migration and applies it again. */
export async function redo(client: Client, options: MigratorOptions): Promise<{ redone: string | null }> {
  const started = performance.now();
  return runCommand(client, options, {
    plan: planRedo,
    describe(plan, log) {
      if (!plan) {
        log('dry run: nothing to redo: no migration is applied');
        return { redone: null };
      }
      log(`dry run: ${plan.file.name} would be rolled back and applied again; nothing is written`);
      describeSection(`${plan.file.name} Down`, plan.migration.down, log);
      describeSection(`${plan.file.name} Up`, plan.migration.up, log);
      return { redone: plan.file.name };
    },
    async execute(plan, { client: db, lock, log }) {
      if (!plan) {
        log('nothing to redo: no migration is applied');
        return { redone: null };
      }
      await lock.renew();
      await applyDown(db, plan.file, plan.migration.down);
      await lock.renew();
      await applyUp(db, plan.file, plan.migration.up, Date.now());
      log(`redid ${plan.file.name} in ${elapsedSince(started)} ms`);
      return { redone: plan.file.name };
    },
  });
}
