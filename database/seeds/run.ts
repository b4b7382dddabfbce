import type { Client, InStatement } from '@libsql/client';
import type { DatabaseEnv, EnvSource } from '../config';
import { readRecordedEnvironment } from '../migrator';
import type { SeedContext, SeedSet } from './seed-set';
import { seedSetsFor } from './sets';

export class SeedRefusedError extends Error {
  override name = 'SeedRefusedError';
}

export interface SeedOptions {
  env: DatabaseEnv;
  force?: boolean;
  now?: Date;
  source?: EnvSource;
  /** Defaults to the environment's own sets. */
  sets?: SeedSet[];
  log?: (line: string) => void;
}

export interface SeedResult {
  applied: string[];
  skipped: string[];
  /** Sets whose data changed since they were applied (re-apply with --force). */
  outdated: string[];
}

async function guardEnvironment(client: Client, env: DatabaseEnv, force: boolean): Promise<void> {
  const recorded = await readRecordedEnvironment(client);
  if (recorded === null) {
    throw new SeedRefusedError('The database has no recorded environment: run `npm run db:migrate` first.');
  }
  if (recorded === 'production' && env !== 'production') {
    throw new SeedRefusedError(`Refusing to seed ${env} data into a database recorded as production.`);
  }
  if (force && (env === 'production' || recorded === 'production')) {
    throw new SeedRefusedError('Refusing --force in production: it would wipe data.');
  }
}

async function appliedChecksum(client: Client, name: string): Promise<string | null> {
  const result = await client.execute({
    sql: 'SELECT checksum FROM seed_history WHERE name = ?',
    args: [name],
  });
  const value = result.rows[0]?.checksum;
  return typeof value === 'string' ? value : null;
}

/**
 * Applies each data set the environment has not applied yet, each in one atomic batch with
 * its history row. Running it twice changes nothing; --force wipes and re-applies every set.
 */
export async function runSeeds(client: Client, options: SeedOptions): Promise<SeedResult> {
  const force = options.force ?? false;
  const log = options.log ?? (() => undefined);
  await guardEnvironment(client, options.env, force);
  const ctx: SeedContext = {
    env: options.env,
    now: options.now ?? new Date(),
    source: options.source ?? process.env,
  };
  const result: SeedResult = { applied: [], skipped: [], outdated: [] };

  for (const set of options.sets ?? seedSetsFor(options.env)) {
    const checksum = set.checksum(ctx);
    const previous = await appliedChecksum(client, set.name);
    if (previous !== null && !force) {
      result.skipped.push(set.name);
      if (previous !== checksum) result.outdated.push(set.name);
      log(
        `skip  ${set.name}${previous !== checksum ? ' (data changed since it was applied: use --force to re-seed)' : ' (already applied)'}`,
      );
      continue;
    }
    const statements: InStatement[] = [
      ...(force ? set.wipe(ctx) : []),
      ...(await set.build(ctx)),
      { sql: 'DELETE FROM seed_history WHERE name = ?', args: [set.name] },
      {
        sql: 'INSERT INTO seed_history (name, environment, checksum, applied_at) VALUES (?, ?, ?, ?)',
        args: [set.name, options.env, checksum, ctx.now.getTime()],
      },
    ];
    await client.batch(statements, 'write');
    result.applied.push(set.name);
    log(`seed  ${set.name}: ${set.describe()}`);
    for (const line of set.notes?.(ctx) ?? []) log(line);
  }
  return result;
}
