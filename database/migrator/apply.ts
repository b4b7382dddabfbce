import { LibsqlBatchError, type Client, type InStatement } from '@libsql/client';
import { withBusyRetry } from './busy';
import { MigrationError } from './errors';
import type { MigrationFile } from './files';
import {
  deleteHistoryStatement,
  finishTimingStatement,
  insertHistoryStatement,
  isDuplicateHistoryError,
} from './history';
import type { MigrationSection, MigrationStatement } from './parse';

/**
 * Runs one section of one migration. A transactional section and its history change are a
 * single client.batch(…, 'write'): all or nothing. A notransaction section runs statement by
 * statement and touches the history only after its last statement succeeded.
 */

/** Another runner recorded this migration first (only possible when a lock expired mid-run). */
export class AlreadyAppliedError extends Error {}

/** What a section needs to know about its migration: a missing file still has a name. */
export type MigrationRef = Pick<MigrationFile, 'name' | 'path'>;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failedStatement(
  file: MigrationRef,
  statement: MigrationStatement,
  error: unknown,
  note = '',
): MigrationError {
  return new MigrationError(`statement failed: ${errorText(error)}${note}`, {
    file: file.path,
    line: statement.line,
    statement: statement.sql,
    cause: error,
  });
}

/** `before` statements precede the section's statements in the batch. */
async function runBatch(
  client: Client,
  file: MigrationRef,
  section: MigrationSection,
  before: InStatement[],
  after: InStatement[],
) {
  const statements = section.statements;
  try {
    await withBusyRetry(client, () =>
      client.batch([...before, ...statements.map((s) => s.sql), ...after], 'write'),
    );
  } catch (error) {
    if (isDuplicateHistoryError(error)) throw new AlreadyAppliedError(file.name);
    const index = error instanceof LibsqlBatchError ? error.statementIndex - before.length : -1;
    const statement = statements[index];
    if (statement)
      throw failedStatement(file, statement, error, ' (the migration was rolled back; nothing was applied)');
    throw new MigrationError(`migration failed: ${errorText(error)}`, {
      file: file.path,
      line: section.line,
      cause: error,
    });
  }
}

async function runOneByOne(client: Client, file: MigrationRef, section: MigrationSection): Promise<void> {
  for (const [index, statement] of section.statements.entries()) {
    try {
      await withBusyRetry(client, () => client.execute(statement.sql));
    } catch (error) {
      const note =
        index === 0
          ? ' (notransaction section: nothing of it ran)'
          : ` (notransaction section: its first ${index} statement(s) ran and stay applied; the history was not changed, so repair by hand before running again)`;
      throw failedStatement(file, statement, error, note);
    }
  }
}

/** Applies the Up section and records it; returns the execution time in ms. */
export async function applyUp(
  client: Client,
  file: MigrationFile,
  up: MigrationSection,
  now: number,
): Promise<number> {
  const started = performance.now();
  if (!up.noTransaction) {
    await runBatch(client, file, up, [insertHistoryStatement(file, now)], [finishTimingStatement(file.name)]);
    return Math.round(performance.now() - started);
  }
  await runOneByOne(client, file, up);
  const elapsed = Math.round(performance.now() - started);
  try {
    await withBusyRetry(client, () => client.execute(insertHistoryStatement(file, now, elapsed)));
  } catch (error) {
    if (isDuplicateHistoryError(error)) throw new AlreadyAppliedError(file.name);
    throw error;
  }
  return elapsed;
}

/** Runs the Down section (if any) and removes the history row; returns the time in ms. */
export async function applyDown(
  client: Client,
  file: MigrationRef,
  down: MigrationSection | null,
): Promise<number> {
  const started = performance.now();
  const removeRow = deleteHistoryStatement(file.name);
  if (!down || !down.noTransaction) {
    const section = down ?? { line: 1, noTransaction: false, statements: [] };
    await runBatch(client, file, section, [], [removeRow]);
  } else {
    await runOneByOne(client, file, down);
    await withBusyRetry(client, () => client.execute(removeRow));
  }
  return Math.round(performance.now() - started);
}
