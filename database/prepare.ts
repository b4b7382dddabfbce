/**
 * Runs before `npm run dev` / `npm start`: on development and test databases it creates the
 * file, applies pending migrations and seeds (both idempotent), so a fresh clone just starts.
 * Staging and production are never changed here: operators run db:migrate:prod themselves;
 * this only warns when migrations are pending (and /api/health reports 503 until they are applied).
 */
import { environmentRefusal } from '../lib/config/environment';
import { messageOf, openCreatingFolder } from './cli';
import { describeDatabase, getDatabaseConfig, resolveDatabaseEnv } from './config';
import { DEFAULT_MIGRATIONS_DIR, getStatus, migrateUp } from './migrator';
import { runSeeds } from './seeds/run';

async function main(): Promise<void> {
  // The same check as the server's: fail before touching any database.
  const refusal = environmentRefusal(process.env);
  if (refusal) {
    console.error(refusal);
    process.exitCode = 1;
    return;
  }
  const env = resolveDatabaseEnv();
  const config = getDatabaseConfig(env);
  const client = openCreatingFolder(config);
  try {
    if (env === 'development' || env === 'test') {
      const { applied } = await migrateUp(client, { dir: DEFAULT_MIGRATIONS_DIR, env });
      const seeded = await runSeeds(client, { env });
      console.log(
        `Database ready: ${describeDatabase(config)} (${applied.length} migrations applied, ${seeded.applied.length} data sets seeded).`,
      );
      if (seeded.applied.includes('development-accounts')) {
        console.log(
          'Demo accounts: learner@pingtopass.dev / learner-demo-2026, moderator@pingtopass.dev / moderator-demo-2026, admin@pingtopass.dev / admin-demo-2026',
        );
      }
      return;
    }
    const status = await getStatus(client, { dir: DEFAULT_MIGRATIONS_DIR });
    if (status.pending > 0) {
      console.warn(
        `Warning: ${status.pending} pending migrations on ${describeDatabase(config)}. Run npm run db:migrate:prod.`,
      );
    }
  } finally {
    client.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Could not prepare the database: ${messageOf(error)}`);
  process.exitCode = 1;
});
