import type { Client } from '@libsql/client';
import { isDatabaseEnv, type DatabaseEnv } from '../config';
import { withBusyRetry } from './busy';
import { MigrationError } from './errors';
import { ENVIRONMENT_TABLE, tableExists } from './history';

/** The environment this database was first migrated as, or null if never migrated. */
export async function readRecordedEnvironment(client: Client): Promise<DatabaseEnv | null> {
  if (!(await tableExists(client, ENVIRONMENT_TABLE))) return null;
  const result = await client.execute(`SELECT environment FROM ${ENVIRONMENT_TABLE} WHERE id = 1`);
  const row = result.rows[0];
  if (!row) return null;
  const value = String(row.environment);
  if (!isDatabaseEnv(value)) {
    throw new MigrationError(`${ENVIRONMENT_TABLE} records an unknown environment "${value}"`);
  }
  return value;
}

/** Keeps the first recorded environment; a later forced run does not overwrite it. */
export async function recordEnvironment(client: Client, env: DatabaseEnv, now: number): Promise<void> {
  await withBusyRetry(client, () =>
    client.execute({
      sql: `INSERT INTO ${ENVIRONMENT_TABLE} (id, environment, recorded_at) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING`,
      args: [env, now],
    }),
  );
}

/** Refuses to touch a database recorded as another environment unless forced. */
export function checkEnvironment(
  recorded: DatabaseEnv | null,
  env: DatabaseEnv,
  force: boolean,
  log: (line: string) => void,
): void {
  if (recorded === null || recorded === env) return;
  const reason = `this database is recorded as ${recorded} but the command runs as ${env}`;
  if (!force) {
    throw new MigrationError(
      `${reason}; refusing to change it (pass --env ${recorded}, or --force if you really mean it)`,
    );
  }
  log(`warning: ${reason}; continuing because of --force (the recorded environment stays ${recorded})`);
}
