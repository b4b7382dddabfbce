import type { Client } from '@libsql/client';
import type { DatabaseEnv } from '../config';
import { readRecordedEnvironment } from './environment';
import { compareMigrationNames, listMigrationFiles } from './files';
import { readHistory } from './history';

export interface StatusRow {
  name: string;
  state: 'applied' | 'pending' | 'modified' | 'missing';
  appliedAt: Date | null;
  /** The recorded checksum for rows in the history, the file's for pending ones. */
  checksum: string;
}

export interface MigrationStatus {
  /** The environment recorded in the database (null before the first migrate). */
  environment: DatabaseEnv | null;
  /** Rows in the history (applied, modified and missing). */
  applied: number;
  pending: number;
  /** In migration order (by number, then name). */
  rows: StatusRow[];
}

/** Reports and never refuses: modified and missing files show up as rows. Writes nothing. */
export async function getStatus(client: Client, options: { dir: string }): Promise<MigrationStatus> {
  const files = listMigrationFiles(options.dir);
  const history = await readHistory(client);
  const byName = new Map(files.map((file) => [file.name, file]));
  const rows: StatusRow[] = history.map((row) => {
    const file = byName.get(row.name);
    const state = !file ? 'missing' : file.checksum === row.checksum ? 'applied' : 'modified';
    return { name: row.name, state, appliedAt: row.appliedAt, checksum: row.checksum };
  });
  const applied = new Set(history.map((row) => row.name));
  for (const file of files) {
    if (!applied.has(file.name))
      rows.push({ name: file.name, state: 'pending', appliedAt: null, checksum: file.checksum });
  }
  rows.sort((a, b) => compareMigrationNames(a.name, b.name));
  return {
    environment: await readRecordedEnvironment(client),
    applied: history.length,
    pending: rows.length - history.length,
    rows,
  };
}
