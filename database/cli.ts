import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Client } from '@libsql/client';
import { createDatabaseClient } from './client';
import { getDatabaseConfig, localFilePath, resolveDatabaseEnv, type DatabaseConfig } from './config';

// What the database CLIs (seed, questions, backup, prepare) share: exit codes, one-line error
// reports, and the client they open and always close.

/** An error's message for a one-line report (no stack: these are operator tools). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a CLI's main, whose result is the exit code (0 done, 1 failed, 2 bad usage); anything it
 * throws is printed as `report(error)` and exits 1.
 */
export function runCli(main: () => Promise<number>, report: (error: unknown) => string = messageOf): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(report(error));
      process.exitCode = 1;
    },
  );
}

/** A client of the configured database; a local file's folder is made first (a fresh clone has none). */
export function openCreatingFolder(config: DatabaseConfig): Client {
  const file = localFilePath(config);
  if (file) mkdirSync(path.dirname(file), { recursive: true });
  return createDatabaseClient(config);
}

/**
 * Runs `work` with a client that is closed afterwards. A failure is reported as
 * "<failure>: <message>" and is exit code 1.
 */
export async function withClient(
  client: Client,
  failure: string,
  work: (client: Client) => Promise<number>,
): Promise<number> {
  try {
    return await work(client);
  } catch (error) {
    console.error(`${failure}: ${messageOf(error)}`);
    return 1;
  } finally {
    client.close();
  }
}

/**
 * The command line's arguments and the database they name (`--env`, else DATABASE_ENV), or null
 * once the usage is printed (the caller exits 2).
 */
export function commandLine<A extends { env?: string }>(parse: (argv: string[]) => A | null, usage: string) {
  const args = parse(process.argv.slice(2));
  if (!args) {
    console.error(usage);
    return null;
  }
  const env = resolveDatabaseEnv(args.env);
  return { args, env, config: getDatabaseConfig(env) };
}
