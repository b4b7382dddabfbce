import type { MigrationSection } from './parse';
import type { Log } from './types';

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function elapsedSince(started: number): number {
  return Math.round(performance.now() - started);
}

/** Prints a section the way it would run, for dry runs. */
export function describeSection(title: string, section: MigrationSection | null, log: Log): void {
  const mode = section?.noTransaction ? 'notransaction: statement by statement' : 'one transaction';
  log(`-- ${title} (${mode})`);
  if (!section || section.statements.length === 0) log('   (no statements)');
  for (const statement of section?.statements ?? []) {
    log(statement.sql.replace(/^/gm, '   '));
  }
}
