import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { integrityProblems } from './fingerprint';

export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * A consistent online copy with VACUUM INTO: SQLite reads one snapshot, so writers may go on,
 * and the copy is compact and has no WAL. Never a raw file copy of a live database.
 */
export async function createBackup(
  source: Client,
  outFile: string,
): Promise<{ file: string; bytes: number }> {
  if (existsSync(outFile)) throw new BackupError(`${outFile} already exists; choose another --out.`);
  mkdirSync(path.dirname(outFile), { recursive: true });
  await source.execute({ sql: 'VACUUM INTO ?', args: [outFile] });
  const copy = createClient({ url: `file:${outFile}` });
  try {
    const problems = await integrityProblems(copy);
    if (problems.length > 0)
      throw new BackupError(`The backup failed its integrity check: ${problems.slice(0, 3).join('; ')}`);
  } finally {
    copy.close();
  }
  return { file: outFile, bytes: statSync(outFile).size };
}

async function checkBackupFile(file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`Backup file ${file} does not exist.`);
  const client = createClient({ url: `file:${file}` });
  try {
    const problems = await integrityProblems(client).catch((error: unknown) => [
      error instanceof Error ? error.message : String(error),
    ]);
    if (problems.length > 0)
      throw new BackupError(`${file} is not a healthy database: ${problems.slice(0, 3).join('; ')}`);
    const history = await client.execute(
      "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
    );
    if (Number(history.rows[0]?.n) !== 1)
      throw new BackupError(`${file} is not a PingToPass database (no schema_migrations table).`);
  } finally {
    client.close();
  }
}

async function hasData(file: string): Promise<boolean> {
  if (!existsSync(file) || statSync(file).size === 0) return false;
  const client = createClient({ url: `file:${file}` });
  try {
    const tables = await client.execute("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'");
    return Number(tables.rows[0]?.n) > 0;
  } finally {
    client.close();
  }
}

/**
 * Verifies the backup first, then replaces the target atomically (copy to a temp file beside it
 * with VACUUM INTO, rename over). Refuses to replace a database that holds data unless `force`.
 * Stop the app first: a running server keeps the old file open.
 */
export async function restoreBackup(backupFile: string, targetFile: string, force: boolean): Promise<void> {
  await checkBackupFile(backupFile);
  if (!force && (await hasData(targetFile))) {
    throw new BackupError(`${targetFile} already holds a database; add --force to replace it.`);
  }
  mkdirSync(path.dirname(targetFile), { recursive: true });
  const temp = `${targetFile}.restoring-${process.pid}`;
  rmSync(temp, { force: true });
  const backup = createClient({ url: `file:${backupFile}` });
  try {
    await backup.execute({ sql: 'VACUUM INTO ?', args: [temp] });
  } finally {
    backup.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(targetFile + suffix, { force: true });
  renameSync(temp, targetFile);
}
