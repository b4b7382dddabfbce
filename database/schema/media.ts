import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { questionVersionRef } from './questions';
import { users } from './users';

/**
 * The app's own image storage (exhibits, issue 20): the bytes live in the database so every
 * instance serves them. Keyed by the hex sha256 of the bytes; type and size checked on the way in.
 */
export const media = sqliteTable('media', {
  hash: text('hash').primaryKey().notNull(),
  mime: text('mime').notNull(),
  byteSize: integer('byte_size').notNull(),
  width: integer('width'),
  height: integer('height'),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
});

/** Which version shows which image: kept by a trigger on question_versions (never written by code). */
export const mediaUses = sqliteTable(
  'media_uses',
  {
    hash: text('hash')
      .notNull()
      .references(() => media.hash),
    questionVersionId: questionVersionRef(),
  },
  (t) => [
    primaryKey({ columns: [t.hash, t.questionVersionId] }),
    index('media_uses_version_idx').on(t.questionVersionId),
  ],
);
