import 'server-only';
import { getDatabase } from '@/database/client';
import { resolveDatabaseEnv } from '@/database/config';
import { serverEnv } from './env';

/** The app's database handle; one per process (cached on globalThis by database/client). */
export function appDatabase() {
  return getDatabase(resolveDatabaseEnv(serverEnv.DATABASE_ENV));
}
