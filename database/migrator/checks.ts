import { displayPath, MigrationError } from './errors';
import { compareMigrationNames, type MigrationFile } from './files';
import type { HistoryRow } from './history';

/**
 * Compares the history with the files on disk: an applied file that changed (checksum),
 * an applied file that is gone, and a pending file that sorts before the last applied one
 * (in migration order: by number, so 3_x sorts before 10_y).
 */
export interface HistoryProblem {
  kind: 'modified' | 'missing' | 'out-of-order';
  name: string;
  file?: string;
  message: string;
}

export interface CheckOptions {
  allowOutOfOrder?: boolean;
  /** Downgrades modified and missing files to warnings. */
  force?: boolean;
  log?: (line: string) => void;
}

const short = (checksum: string) => checksum.slice(0, 12);

export function findHistoryProblems(
  files: readonly MigrationFile[],
  history: readonly HistoryRow[],
): HistoryProblem[] {
  const byName = new Map(files.map((file) => [file.name, file]));
  const applied = new Set(history.map((row) => row.name));
  const problems: HistoryProblem[] = [];
  for (const row of history) {
    const file = byName.get(row.name);
    if (!file) {
      problems.push({
        kind: 'missing',
        name: row.name,
        message: `${row.name} was applied but its file is missing`,
      });
    } else if (file.checksum !== row.checksum) {
      problems.push({
        kind: 'modified',
        name: row.name,
        file: file.path,
        message: `${displayPath(file.path)} was modified after it was applied (recorded sha256 ${short(row.checksum)}…, file now ${short(file.checksum)}…); add a new migration instead`,
      });
    }
  }
  const lastApplied = [...applied].sort(compareMigrationNames).at(-1);
  for (const file of files) {
    if (lastApplied === undefined || applied.has(file.name)) continue;
    if (compareMigrationNames(file.name, lastApplied) > 0) continue;
    problems.push({
      kind: 'out-of-order',
      name: file.name,
      file: file.path,
      message: `${displayPath(file.path)} is pending but sorts before the last applied migration ${lastApplied} (out of order; --allow-out-of-order applies it anyway)`,
    });
  }
  return problems;
}

/** Throws one MigrationError listing every problem not excused by the options. */
export function assertHistoryMatches(
  problems: readonly HistoryProblem[],
  options: CheckOptions,
  dir: string,
): void {
  const excused = (problem: HistoryProblem) =>
    problem.kind === 'out-of-order' ? Boolean(options.allowOutOfOrder) : Boolean(options.force);
  const blocking = problems.filter((problem) => !excused(problem));
  for (const problem of problems) {
    if (excused(problem) && problem.kind !== 'out-of-order')
      options.log?.(`warning: ${problem.message} (continuing because of --force)`);
  }
  const first = blocking[0];
  if (!first) return;
  const list = blocking.map((problem) => `  - ${problem.message}`).join('\n');
  const error = new MigrationError(
    `migration history does not match ${displayPath(dir)}; nothing was changed:\n${list}`,
  );
  error.file = first.file; // set after construction: the list already names every file
  throw error;
}
