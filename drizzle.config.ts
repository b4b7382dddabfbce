import { defineConfig } from 'drizzle-kit';
import { getDatabaseConfig, resolveDatabaseEnv } from './database/config';

// Used by `npm run db:studio` only. Migrations are written by hand in
// database/migrations (sql-migrate format) and applied by database/migrate.ts.
const config = getDatabaseConfig(resolveDatabaseEnv());

export default defineConfig({
  dialect: 'turso',
  schema: './database/schema/index.ts',
  dbCredentials: { url: config.url, authToken: config.authToken },
});
