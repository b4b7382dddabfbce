import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import type { DatabaseEnv } from '../../database/config';
import { DEFAULT_MIGRATIONS_DIR, migrateUp } from '../../database/migrator';

export interface FreshDatabase {
  client: Client;
  file: string;
  cleanup(): void;
}

/** An empty file database in a temp folder, migrated and recorded as `env` (nothing seeded). */
export async function freshMigratedDatabase(env: DatabaseEnv): Promise<FreshDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pingtopass-'));
  const file = path.join(dir, 'db.sqlite');
  const client = createClient({ url: `file:${file}` });
  await migrateUp(client, { dir: DEFAULT_MIGRATIONS_DIR, env });
  return {
    client,
    file,
    cleanup() {
      client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
