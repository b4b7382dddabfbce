/**
 * tsx database/backup.ts create [--out file] [--env name]
 * tsx database/backup.ts restore <file> [--force] [--env name]
 * Works on local files (development, test, embedded replicas). Exit: 0 done, 1 failed, 2 bad usage.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { commandLine, messageOf, runCli } from './cli';
import { createDatabaseClient } from './client';
import { describeDatabase, localFilePath } from './config';
import { BackupError, createBackup, restoreBackup } from './backup/backup';
import { readRecordedEnvironment } from './migrator';

const USAGE =
  'usage: tsx database/backup.ts create [--out file] [--env name] | restore <file> [--force] [--env name]';

interface Args {
  command: 'create' | 'restore';
  file?: string;
  out?: string;
  env?: string;
  force: boolean;
}

function parseArgs(argv: string[]): Args | null {
  const [command, ...rest] = argv;
  if (command !== 'create' && command !== 'restore') return null;
  const args: Args = { command, force: false };
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (arg === '--force') args.force = true;
    else if (arg === '--out' && rest[i + 1]) args.out = rest[++i];
    else if (arg === '--env' && rest[i + 1]) args.env = rest[++i];
    else if (!arg.startsWith('--') && command === 'restore' && !args.file) args.file = arg;
    else return null;
  }
  if (command === 'restore' && !args.file) return null;
  return args;
}

async function main(): Promise<number> {
  const line = commandLine(parseArgs, USAGE);
  if (!line) return 2;
  const { args, env, config } = line;
  const target = localFilePath(config);
  if (!target) {
    console.error(
      `${describeDatabase(config)} is a remote database: use Turso's point-in-time restore, or run this against an embedded replica.`,
    );
    return 1;
  }
  if (args.command === 'create') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const out = path.resolve(args.out ?? path.join('backups', `${env}-${stamp}.db`));
    const client = createDatabaseClient(config);
    try {
      const started = performance.now();
      const { bytes } = await createBackup(client, out);
      const sha256 = createHash('sha256').update(readFileSync(out)).digest('hex');
      console.log(
        `Backed up ${describeDatabase(config)} to ${out} (${bytes} bytes, sha256 ${sha256}) in ${Math.round(performance.now() - started)} ms; integrity ok.`,
      );
      return 0;
    } finally {
      client.close();
    }
  }
  const client = createDatabaseClient(config);
  const recorded = await readRecordedEnvironment(client).catch(() => null);
  client.close();
  if (recorded === 'production' && !args.force) {
    console.error('The target is recorded as production: add --force to replace it.');
    return 1;
  }
  await restoreBackup(path.resolve(args.file!), target, args.force);
  console.log(`Restored ${args.file} into ${describeDatabase(config)}; integrity verified before the swap.`);
  return 0;
}

runCli(main, (error) =>
  error instanceof BackupError ? error.message : `Backup failed: ${messageOf(error)}`,
);
