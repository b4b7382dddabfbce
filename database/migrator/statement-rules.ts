import { spell, type Dialect } from './annotations';
import { isCreateTrigger } from './sql-scanner';

/**
 * Statements that parse but would silently misbehave under the migrator, each with the
 * reason given to the author. Returns null when the statement is fine.
 */
export interface StatementContext {
  /** The section runs statement by statement outside a transaction. */
  noTransaction: boolean;
  /** The statement came from a StatementBegin/StatementEnd chunk. */
  inChunk: boolean;
  /** The file's annotations, so that advice is given in the words the author uses. */
  dialect: Dialect;
}

const TRANSACTION_CONTROL = new Set(['BEGIN', 'COMMIT', 'END', 'ROLLBACK', 'SAVEPOINT', 'RELEASE']);
const NOT_IN_TRANSACTION = new Set(['VACUUM', 'ATTACH', 'DETACH']);
const PRAGMAS_IGNORED_IN_TRANSACTION = new Set(['FOREIGN_KEYS', 'JOURNAL_MODE']);

function pragmaName(words: readonly string[]): string | undefined {
  // PRAGMA foreign_keys / PRAGMA main.foreign_keys
  return words[1] === 'MAIN' ? words[2] : words[1];
}

export function checkStatement(words: readonly string[], context: StatementContext): string | null {
  const first = words[0] ?? '';
  if (TRANSACTION_CONTROL.has(first)) {
    return context.noTransaction
      ? `${first} is not allowed: a notransaction section runs each statement on its own, and the client rolls back any transaction left open between statements`
      : `${first} is not allowed: the migrator runs each migration and its history row in one transaction of its own`;
  }
  const annotation = `-- +${context.dialect}`;
  if (isCreateTrigger(words) && !context.inChunk) {
    return `CREATE TRIGGER must be wrapped in ${annotation} StatementBegin / ${annotation} StatementEnd (its body holds semicolons)`;
  }
  if (context.noTransaction) return null;
  const outside = `run it outside a transaction (${spell(context.dialect, 'notransaction')})`;
  if (NOT_IN_TRANSACTION.has(first)) {
    return `${first} cannot run inside a transaction; ${outside}`;
  }
  const pragma = pragmaName(words);
  if (first === 'PRAGMA' && pragma && PRAGMAS_IGNORED_IN_TRANSACTION.has(pragma)) {
    // libSQL, like SQLite, silently ignores these inside a transaction: refused, not run as a no-op.
    return `PRAGMA ${pragma.toLowerCase()} has no effect inside a transaction; ${outside}`;
  }
  return null;
}
