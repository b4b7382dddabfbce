import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Data sets applied by database/seed.ts; makes seeding idempotent. */
export const seedHistory = sqliteTable('seed_history', {
  name: text('name').primaryKey().notNull(),
  environment: text('environment').notNull(),
  checksum: text('checksum').notNull(),
  appliedAt: integer('applied_at', { mode: 'timestamp_ms' }).notNull(),
});
