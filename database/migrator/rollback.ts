import path from 'node:path';
import type { Client } from '@libsql/client';
import { applyDown, type MigrationRef } from './apply';
import { runCommand, type MigrationState } from './context';
import { describeSection, elapsedSince, plural } from './describe';
import { MigrationError } from './errors';
import type { HistoryRow } from './history';
import { parseMigration, type MigrationSection } from './parse';
import type { MigratorOptions } from './types';

export interface RollbackTarget {
  ref: MigrationRef;
  down: MigrationSection | null;
  /** No Down statements (or no file): only --force rolls it back, by removing its history row. */
  irreversible: boolean;
}

export function planTarget(state: MigrationState, row: HistoryRow, dir: string): RollbackTarget {
  const file = state.byName.get(row.name);
  const down = file ? parseMigration(file.text, file.path).down : null;
  return {
    ref: file ?? { name: row.name, path: path.resolve(dir, `${row.name}.sql`) },
    down,
    irreversible: !down || down.statements.length === 0,
  };
}

/** The last `steps` migrations in reverse applied order (by sequence, not by name). */
function planRollback(state: MigrationState, options: MigratorOptions & { steps: number }): RollbackTarget[] {
  const targets = [...state.history]
    .reverse()
    .slice(0, options.steps)
    .map((row) => planTarget(state, row, options.dir));
  const blocked = targets.filter((target) => target.irreversible);
  const first = blocked[0];
  if (first && !options.force) {
    throw new MigrationError(
      `cannot roll back ${blocked.map((t) => t.ref.name).join(', ')}: irreversible (no Down statements). Nothing was rolled back; --force removes only the history row and leaves the schema as it is`,
      { file: first.ref.path, line: first.down?.line },
    );
  }
  return targets;
}

export async function rollback(
  client: Client,
  options: MigratorOptions & { steps: number },
): Promise<{ rolledBack: string[] }> {
  if (!Number.isInteger(options.steps) || options.steps < 1) {
    throw new MigrationError(
      `rollback needs a whole number of steps of at least 1, got ${String(options.steps)}`,
    );
  }
  const started = performance.now();
  return runCommand(client, options, {
    plan: (state) => planRollback(state, options),
    describe(plan, log) {
      log(`dry run: ${plural(plan.length, 'migration')} would be rolled back; nothing is written`);
      for (const target of plan) {
        if (target.irreversible)
          log(`-- ${target.ref.name}: irreversible; --force removes only its history row`);
        else describeSection(`${target.ref.name} Down`, target.down, log);
      }
      return { rolledBack: plan.map((target) => target.ref.name) };
    },
    async execute(plan, { client: db, lock, log }) {
      const rolledBack: string[] = [];
      for (const target of plan) {
        await lock.renew();
        const ms = await applyDown(db, target.ref, target.irreversible ? null : target.down);
        rolledBack.push(target.ref.name);
        log(
          target.irreversible
            ? `removed the history row of irreversible ${target.ref.name} (--force); its schema changes remain`
            : `rolled back ${target.ref.name} (${ms} ms)`,
        );
      }
      log(`rolled back ${plural(rolledBack.length, 'migration')} in ${elapsedSince(started)} ms`);
      return { rolledBack };
    },
  });
}
