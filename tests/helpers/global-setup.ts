import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { DEFAULT_MIGRATIONS_DIR, migrateUp } from '../../database/migrator';
import { runSeeds } from '../../database/seeds/run';
import { TEMPLATE_DB, TMP_DIR } from './paths';

/** Builds the template database once: every migration applied and the test data seeded. */
export default async function setup(): Promise<void> {
  mkdirSync(TMP_DIR, { recursive: true });
  for (const name of readdirSync(TMP_DIR)) {
    if (name.startsWith('worker-')) rmSync(path.join(TMP_DIR, name), { force: true });
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(TEMPLATE_DB + suffix, { force: true });
  const client = createClient({ url: `file:${TEMPLATE_DB}` });
  try {
    await migrateUp(client, { dir: DEFAULT_MIGRATIONS_DIR, env: 'test' });
    await runSeeds(client, { env: 'test', now: new Date('2026-01-01T00:00:00Z') });
    // Fold the WAL into the main file so a plain file copy is complete.
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    client.close();
  }
}
