import { createClient } from '@libsql/client';
import type { DatabaseEnv } from '../../database/config';
import { DEFAULT_MIGRATIONS_DIR, migrateUp } from '../../database/migrator';
import { removeDatabaseFiles } from './generated-database';

/**
 * A fresh working copy of a generated benchmark database (VACUUM INTO: consistent even while the
 * source has a WAL), in WAL mode and migrated: generated files are cached between runs and may
 * predate newer migrations, and every benchmark must measure today's schema.
 */
export async function workingCopy(source: string, target: string): Promise<void> {
  removeDatabaseFiles(target);
  const from = createClient({ url: `file:${source}` });
  await from.execute({ sql: 'VACUUM INTO ?', args: [target] });
  from.close();
  const copy = createClient({ url: `file:${target}` });
  await copy.execute('PRAGMA journal_mode=WAL');
  const recorded = await copy.execute('SELECT environment FROM schema_environment LIMIT 1').catch(() => null);
  const env = (recorded?.rows[0]?.environment as string | undefined) ?? 'development';
  await migrateUp(copy, { dir: DEFAULT_MIGRATIONS_DIR, env: env as DatabaseEnv, log: () => {} });
  copy.close();
}
