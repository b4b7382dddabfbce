import { describeDatabase, type DatabaseConfig } from '../config';
import { plural } from './describe';
import type { MigrationStatus } from './status';

function formatDate(date: Date | null): string {
  return date ? `${date.toISOString().replace('T', ' ').slice(0, 19)} UTC` : '-';
}

/** The human status: one row per migration and a summary line. Never includes a token. */
export function formatStatusTable(status: MigrationStatus, config: DatabaseConfig): string[] {
  const width = Math.max(4, ...status.rows.map((row) => row.name.length));
  const lines = [`${'NAME'.padEnd(width)}  ${'STATE'.padEnd(8)}  APPLIED AT`];
  for (const row of status.rows) {
    lines.push(`${row.name.padEnd(width)}  ${row.state.padEnd(8)}  ${formatDate(row.appliedAt)}`);
  }
  if (status.rows.length === 0) lines.push('(no migrations)');
  const problems = status.rows.filter((row) => row.state === 'modified' || row.state === 'missing').length;
  const recorded = status.environment ?? 'none yet';
  lines.push('');
  lines.push(
    `${status.applied} applied, ${status.pending} pending` +
      (problems > 0 ? `, ${plural(problems, 'problem')} (run verify)` : '') +
      ` · recorded environment: ${recorded} · database: ${describeDatabase(config)}`,
  );
  return lines;
}

/** The machine status (status --json). */
export function formatStatusJson(status: MigrationStatus, config: DatabaseConfig): string {
  return JSON.stringify(
    {
      environment: status.environment,
      selectedEnvironment: config.env,
      database: describeDatabase(config),
      applied: status.applied,
      pending: status.pending,
      rows: status.rows.map((row) => ({ ...row, appliedAt: row.appliedAt?.toISOString() ?? null })),
    },
    null,
    2,
  );
}
