/**
 * The annotation lines of a migration file, in either of two dialects:
 *   sql-migrate: -- +migrate Up [notransaction] | Down [notransaction] | StatementBegin | StatementEnd
 *                (case-sensitive, as sql-migrate reads them)
 *   goose:       -- +goose Up | Down | StatementBegin | StatementEnd | NO TRANSACTION
 *                (case-insensitive, as goose documents; NO TRANSACTION covers the whole file)
 * Anything else that looks like an annotation is an error rather than a silently ignored
 * comment (sql-migrate ignores an unknown command, which hides typos like "-- +migrate up").
 */

export type Dialect = 'migrate' | 'goose';

export interface Annotation {
  dialect: Dialect;
  command: 'Up' | 'Down' | 'StatementBegin' | 'StatementEnd' | 'NoTransaction';
  /** sql-migrate's per-section `notransaction` option. */
  noTransaction: boolean;
}

/** Loose on purpose: a near miss ("--+migrate Up") is reported instead of being run as a comment. */
export const LOOKS_LIKE_ANNOTATION = /^\s*--\s*\+\s*(migrate|goose)(?![a-z0-9_])/i;

const MIGRATE = /^\s*-- \+migrate\s+(\S+)((?:\s+\S+)*)\s*$/;
const MIGRATE_COMMANDS = new Set(['Up', 'Down', 'StatementBegin', 'StatementEnd']);
const GOOSE = /^\s*-- \+goose\s+(\S.*?)\s*$/i;
const GOOSE_COMMANDS: Record<string, Annotation['command']> = {
  up: 'Up',
  down: 'Down',
  statementbegin: 'StatementBegin',
  statementend: 'StatementEnd',
  'no transaction': 'NoTransaction',
};
/** goose substitutes ${VAR} from the environment between these; older goose spelt it ENVSUBST. */
const GOOSE_ENVSUB = /^envsub(?:st)? (?:on|off)$/;

type Fail = (reason: string) => never;

function readMigrate(text: string, fail: Fail): Annotation {
  const match = MIGRATE.exec(text);
  const command = match?.[1] ?? '';
  if (!match || !MIGRATE_COMMANDS.has(command)) {
    fail(
      `unknown annotation "${text.trim()}" (expected -- +migrate Up, Down, StatementBegin or StatementEnd; names are case-sensitive)`,
    );
  }
  const options = (match[2] ?? '').trim().split(/\s+/).filter(Boolean);
  const directional = command === 'Up' || command === 'Down';
  for (const option of options) {
    if (option !== 'notransaction' || !directional)
      fail(`unknown option "${option}" in annotation "${text.trim()}"`);
  }
  return {
    dialect: 'migrate',
    command: command as Annotation['command'],
    noTransaction: options.length > 0,
  };
}

function readGoose(text: string, fail: Fail): Annotation {
  const words = GOOSE.exec(text)?.[1]?.toLowerCase().replace(/\s+/g, ' ') ?? '';
  if (GOOSE_ENVSUB.test(words)) {
    fail(
      `${text.trim()} is not supported: the migrator runs a file exactly as written, so that its checksum describes what ran; write the values into the SQL`,
    );
  }
  const command = GOOSE_COMMANDS[words];
  if (!command) {
    fail(
      `unknown annotation "${text.trim()}" (expected -- +goose Up, Down, StatementBegin, StatementEnd or NO TRANSACTION)`,
    );
  }
  return { dialect: 'goose', command, noTransaction: false };
}

/** Reads a line that LOOKS_LIKE_ANNOTATION; calls `fail` (which throws) when it is not a valid one. */
export function readAnnotation(text: string, fail: Fail): Annotation {
  const dialect = LOOKS_LIKE_ANNOTATION.exec(text)?.[1]?.toLowerCase();
  return dialect === 'goose' ? readGoose(text, fail) : readMigrate(text, fail);
}

/** How to write an annotation in the file's dialect, for error messages. */
export function spell(dialect: Dialect, command: 'Up' | 'Down' | 'notransaction'): string {
  if (dialect === 'goose')
    return command === 'notransaction' ? '-- +goose NO TRANSACTION' : `-- +goose ${command}`;
  return command === 'notransaction' ? '-- +migrate Up notransaction' : `-- +migrate ${command}`;
}
