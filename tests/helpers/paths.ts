import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const TMP_DIR = path.join(REPO_ROOT, 'tests/.tmp');
/** Migrated and seeded once per `vitest run` by global-setup.ts; each worker copies it. */
export const TEMPLATE_DB = path.join(TMP_DIR, 'template.db');
