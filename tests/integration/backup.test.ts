import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { BackupError, createBackup, restoreBackup } from '../../database/backup/backup';
import { fingerprintDatabase } from '../../database/backup/fingerprint';
import { testDatabase } from '../helpers/database';
import { createUser } from '../helpers/factories';
import { REPO_ROOT } from '../helpers/paths';

const run = promisify(execFile);
const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'p2p-backup-'));

describe('backup and restore', () => {
  it('a backup restored into a fresh file has the same rows and checksums in every table', async () => {
    await createUser({ email: 'backed-up@example.com' });
    const { client } = testDatabase();
    const dir = tempDir();
    const backupFile = path.join(dir, 'backup.db');
    await createBackup(client, backupFile);
    // Writes after the backup must not leak into it.
    await createUser({ email: 'after-backup@example.com' });

    const restored = path.join(dir, 'restored.db');
    await restoreBackup(backupFile, restored, false);
    const copy = createClient({ url: `file:${restored}` });
    const live = await fingerprintDatabase(client);
    const back = await fingerprintDatabase(copy);
    expect(back.users!.rows).toBe(live.users!.rows - 1);
    const withoutUsers = (f: typeof live) =>
      Object.fromEntries(Object.entries(f).filter(([table]) => table !== 'users'));
    expect(withoutUsers(back)).toEqual(withoutUsers(live));
    expect(Object.keys(back).length).toBeGreaterThan(10);
    copy.close();
  });

  it('refuses to overwrite a database without force, and a file that is not a healthy database', async () => {
    const { client } = testDatabase();
    const dir = tempDir();
    const backupFile = path.join(dir, 'b.db');
    await createBackup(client, backupFile);
    const target = path.join(dir, 'target.db');
    await restoreBackup(backupFile, target, false);
    await expect(restoreBackup(backupFile, target, false)).rejects.toThrow(/--force/);
    await restoreBackup(backupFile, target, true);

    const junk = path.join(dir, 'junk.db');
    writeFileSync(junk, 'this is not sqlite');
    await expect(restoreBackup(junk, path.join(dir, 'other.db'), false)).rejects.toBeInstanceOf(BackupError);
    await expect(createBackup(client, backupFile)).rejects.toThrow(/already exists/);
  });

  it('the CLI creates a backup and restores it, with clear exit codes', async () => {
    const dir = tempDir();
    const env = { ...process.env, DATABASE_ENV: 'test', DATABASE_URL: process.env.DATABASE_URL };
    const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
    const out = path.join(dir, 'cli.db');
    const created = await run(tsx, ['database/backup.ts', 'create', '--out', out], { cwd: REPO_ROOT, env });
    expect(created.stdout).toMatch(/integrity ok/);

    const target = path.join(dir, 'restored-by-cli.db');
    const restored = await run(tsx, ['database/backup.ts', 'restore', out], {
      cwd: REPO_ROOT,
      env: { ...env, DATABASE_URL: `file:${target}` },
    });
    expect(restored.stdout).toMatch(/Restored/);
    const refused = await run(tsx, ['database/backup.ts', 'restore', out], {
      cwd: REPO_ROOT,
      env: { ...env, DATABASE_URL: `file:${target}` },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    const usage = await run(tsx, ['database/backup.ts', 'explode'], { cwd: REPO_ROOT, env }).catch(
      (e: { code: number }) => e,
    );
    expect(usage).toMatchObject({ code: 2 });
  });
});
