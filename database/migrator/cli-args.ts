import { DATABASE_ENVS, isDatabaseEnv, type DatabaseEnv } from '../config';

export const COMMANDS = ['migrate', 'rollback', 'status', 'create', 'redo', 'verify', 'help'] as const;
export type CliCommand = (typeof COMMANDS)[number];

export interface CliArgs {
  command: CliCommand;
  /** rollback only; 1 when not given. */
  steps: number;
  /** create only. */
  name?: string;
  env?: DatabaseEnv;
  dir?: string;
  dryRun: boolean;
  allowOutOfOrder: boolean;
  force: boolean;
  json: boolean;
}

export const USAGE = `Usage: tsx database/migrate.ts <command> [options]

Commands:
  migrate              apply every pending migration
  rollback [N]         undo the last N applied migrations (default 1), newest first
  status               list migrations and their state (--json for machines)
  create <name>        write a new migration file (name: snake_case)
  redo                 roll back the last applied migration and apply it again
  verify               check checksums, missing and out-of-order files; write nothing

Options:
  --env <env>            ${DATABASE_ENVS.join(' | ')} (default: DATABASE_ENV, then NODE_ENV)
  --dir <folder>         migrations folder (default: database/migrations)
  --dry-run              print what would run, write nothing (migrate, rollback, redo)
  --allow-out-of-order   apply pending files older than the last applied one
  --force                proceed despite modified/missing files, another recorded
                         environment, or an irreversible rollback
  --json                 machine-readable output (status)
  -h, --help             this text`;

export class UsageError extends Error {
  override name = 'UsageError';
}

type Flag = 'env' | 'dir' | 'dry-run' | 'allow-out-of-order' | 'force' | 'json';

const FLAGS_OF: Record<CliCommand, readonly Flag[]> = {
  migrate: ['env', 'dir', 'dry-run', 'allow-out-of-order', 'force'],
  rollback: ['env', 'dir', 'dry-run', 'allow-out-of-order', 'force'],
  redo: ['env', 'dir', 'dry-run', 'allow-out-of-order', 'force'],
  verify: ['env', 'dir', 'allow-out-of-order'],
  status: ['env', 'dir', 'json'],
  create: ['dir'],
  help: [],
};
const VALUE_FLAGS = new Set<Flag>(['env', 'dir']);
const ALL_FLAGS = new Set<string>(['env', 'dir', 'dry-run', 'allow-out-of-order', 'force', 'json']);

function isCommand(value: string): value is CliCommand {
  return (COMMANDS as readonly string[]).includes(value);
}

/** Splits argv into positionals and --flags (`--flag value` and `--flag=value`). */
function tokenize(argv: readonly string[]) {
  const positionals: string[] = [];
  const flags = new Map<Flag, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help')
      return { positionals: ['help'], flags: new Map<Flag, string | true>() };
    if (!arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.startsWith('--') ? splitOnce(arg.slice(2)) : [arg, undefined];
    if (!ALL_FLAGS.has(rawName)) throw new UsageError(`unknown option ${arg}`);
    const name = rawName as Flag;
    if (flags.has(name)) throw new UsageError(`--${name} given twice`);
    if (!VALUE_FLAGS.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    const value = inline ?? argv[(i += 1)];
    if (value === undefined || value === '' || value.startsWith('--'))
      throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  return { positionals, flags };
}

function splitOnce(text: string): [string, string | undefined] {
  const at = text.indexOf('=');
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function readSteps(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^[1-9]\d*$/.test(value))
    throw new UsageError(`rollback takes a whole number of steps of at least 1, got "${value}"`);
  return Number(value);
}

function readPositionals(command: CliCommand, rest: string[]): { steps: number; name?: string } {
  const maxExtra = command === 'rollback' || command === 'create' ? 1 : 0;
  if (rest.length > maxExtra) throw new UsageError(`unexpected argument "${rest[maxExtra]}" for ${command}`);
  if (command === 'create' && rest[0] === undefined)
    throw new UsageError('create needs a migration name, e.g. create add_user_avatars');
  if (command === 'create' && !/^[a-z0-9_]+$/.test(rest[0] as string)) {
    throw new UsageError(
      `migration name "${rest[0]}" must be snake_case: lower-case letters, digits and _ only`,
    );
  }
  return {
    steps: command === 'rollback' ? readSteps(rest[0]) : 1,
    name: command === 'create' ? rest[0] : undefined,
  };
}

/** Parses the CLI arguments; throws UsageError (exit code 2) on anything it does not understand. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { positionals, flags } = tokenize(argv);
  const [first, ...rest] = positionals;
  if (first === undefined) throw new UsageError('missing command');
  if (!isCommand(first)) throw new UsageError(`unknown command "${first}"`);
  for (const flag of flags.keys()) {
    if (!FLAGS_OF[first].includes(flag)) throw new UsageError(`--${flag} does not apply to ${first}`);
  }
  const env = flags.get('env');
  if (typeof env === 'string' && !isDatabaseEnv(env)) {
    throw new UsageError(`unknown environment "${env}"; expected one of ${DATABASE_ENVS.join(', ')}`);
  }
  const dir = flags.get('dir');
  return {
    command: first,
    ...readPositionals(first, rest),
    env: typeof env === 'string' ? (env as DatabaseEnv) : undefined,
    dir: typeof dir === 'string' ? dir : undefined,
    dryRun: flags.has('dry-run'),
    allowOutOfOrder: flags.has('allow-out-of-order'),
    force: flags.has('force'),
    json: flags.has('json'),
  };
}
