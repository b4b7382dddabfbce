/**
 * tsx database/seed.ts [--env development|test|staging|production] [--force]
 * Exit codes: 0 done, 1 failed or refused, 2 bad usage.
 */
import { commandLine, openCreatingFolder, runCli, withClient } from './cli';
import { describeDatabase } from './config';
import { runSeeds } from './seeds/run';

const USAGE = 'usage: tsx database/seed.ts [--env development|test|staging|production] [--force]';

function parseArgs(argv: string[]): { env?: string; force: boolean } | null {
  let env: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--force') force = true;
    else if (arg === '--env' && argv[i + 1]) env = argv[++i];
    else if (arg?.startsWith('--env=')) env = arg.slice('--env='.length);
    else return null;
  }
  return { env, force };
}

async function main(): Promise<number> {
  const line = commandLine(parseArgs, USAGE);
  if (!line) return 2;
  const { args, env, config } = line;
  return withClient(openCreatingFolder(config), 'Seeding failed', async (client) => {
    console.log(
      `Seeding ${describeDatabase(config)}${args.force ? ' (--force: wiping seeded data first)' : ''}`,
    );
    const started = performance.now();
    const result = await runSeeds(client, { env, force: args.force, log: (line) => console.log(line) });
    const ms = Math.round(performance.now() - started);
    console.log(
      `Done in ${ms} ms: ${result.applied.length} applied, ${result.skipped.length} already there.`,
    );
    return 0;
  });
}

runCli(main);
