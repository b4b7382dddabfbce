import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@libsql/client';
import { createDatabaseClient } from '../client';
import {
  getDatabaseConfig,
  localFilePath,
  resolveDatabaseEnv,
  type DatabaseConfig,
  type EnvSource,
} from '../config';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './cli-args';
import { formatStatusJson, formatStatusTable } from './cli-format';
import { createMigrationFile } from './create';
import { displayPath } from './errors';
import { migrateUp } from './migrate-up';
import { redo } from './redo';
import { rollback } from './rollback';
import { getStatus } from './status';
import { verify } from './verify';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: EnvSource;
  cwd: string;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function defaultIo(): CliIo {
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    cwd: process.cwd(),
  };
}

function openClient(config: DatabaseConfig): Client {
  const file = localFilePath(config);
  if (file) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return createDatabaseClient(config);
}

async function runDatabaseCommand(
  args: CliArgs,
  client: Client,
  config: DatabaseConfig,
  dir: string,
  io: CliIo,
) {
  const options = {
    dir,
    env: config.env,
    dryRun: args.dryRun,
    allowOutOfOrder: args.allowOutOfOrder,
    force: args.force,
    log: io.stdout,
  };
  switch (args.command) {
    case 'migrate':
      return void (await migrateUp(client, options));
    case 'rollback':
      return void (await rollback(client, { ...options, steps: args.steps }));
    case 'redo':
      return void (await redo(client, options));
    case 'verify':
      return void (await verify(client, options));
    case 'status': {
      const status = await getStatus(client, { dir });
      if (args.json) io.stdout(formatStatusJson(status, config));
      else formatStatusTable(status, config).forEach((line) => io.stdout(line));
      return;
    }
    default:
      throw new Error(`unhandled command ${args.command}`);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The migrate CLI. Returns the exit code: 0 done, 1 failed (the reason on stderr, naming
 * file, line and statement when there is one), 2 bad usage.
 */
export async function runCli(argv: readonly string[], ioOverrides: Partial<CliIo> = {}): Promise<number> {
  const io = { ...defaultIo(), ...ioOverrides };
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const dir = path.resolve(io.cwd, args.dir ?? 'database/migrations');
  let client: Client | undefined;
  try {
    if (args.command === 'create') {
      io.stdout(`created ${displayPath(createMigrationFile(dir, args.name as string))}`);
      return EXIT_OK;
    }
    const config = getDatabaseConfig(resolveDatabaseEnv(args.env, io.env), io.env, io.cwd);
    client = openClient(config);
    await runDatabaseCommand(args, client, config, dir, io);
    return EXIT_OK;
  } catch (error) {
    io.stderr(`error: ${errorMessage(error)}`);
    return EXIT_FAILED;
  } finally {
    client?.close();
  }
}
