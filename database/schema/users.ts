import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { USER_ROLES } from '../../lib/auth/roles';

export { USER_ROLES, type UserRole } from '../../lib/auth/roles';

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey().notNull(),
    email: text('email').notNull(),
    name: text('name'),
    passwordHash: text('password_hash'),
    role: text('role', { enum: USER_ROLES }).notNull().default('learner'),
    emailVerifiedAt: integer('email_verified_at', { mode: 'timestamp_ms' }),
    sessionVersion: integer('session_version').notNull().default(1),
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email), index('users_role_idx').on(t.role)],
);

/** The user a row belongs to, and goes with when their account is deleted (every user_id but the audit log's). */
export function ownerUserId() {
  return text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });
}
