import 'server-only';
import { DEFAULT_MIGRATIONS_DIR, getStatus } from '@/database/migrator';
import { appDatabase } from '../db';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  database: { reachable: boolean; latencyMs: number | null; environment: string; error?: string };
  migrations: { applied: number; pending: number; modified: number; missing: number } | null;
  checkedAt: string;
}

/** Database reachability (a timed `select 1`) and migration state. Healthy only when both are. */
export async function checkHealth(now: Date = new Date()): Promise<HealthReport> {
  const { client, config } = appDatabase();
  const database: HealthReport['database'] = { reachable: false, latencyMs: null, environment: config.env };
  let migrations: HealthReport['migrations'] = null;
  try {
    const started = performance.now();
    await client.execute('select 1');
    database.latencyMs = Math.round((performance.now() - started) * 100) / 100;
    database.reachable = true;
    const status = await getStatus(client, { dir: DEFAULT_MIGRATIONS_DIR });
    migrations = {
      applied: status.applied,
      pending: status.pending,
      modified: status.rows.filter((r: { state: string }) => r.state === 'modified').length,
      missing: status.rows.filter((r: { state: string }) => r.state === 'missing').length,
    };
  } catch (error) {
    // Report the class of failure, not connection details.
    database.error = error instanceof Error ? error.name : 'Error';
  }
  const healthy =
    database.reachable &&
    migrations !== null &&
    migrations.pending === 0 &&
    migrations.modified === 0 &&
    migrations.missing === 0;
  return {
    status: healthy ? 'ok' : database.reachable ? 'degraded' : 'down',
    database,
    migrations,
    checkedAt: now.toISOString(),
  };
}
