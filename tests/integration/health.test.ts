import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { DEFAULT_MIGRATIONS_DIR, migrateUp, rollback } from '../../database/migrator';
import { testDatabase } from '../helpers/database';

describe('GET /api/health', () => {
  it('is 200 with latency and migration counts on a migrated database', async () => {
    const response = await GET(new Request('http://app.test/api/health'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({
      status: 'ok',
      database: { reachable: true, environment: 'test' },
      migrations: { pending: 0 },
    });
    expect(body.migrations.applied).toBeGreaterThanOrEqual(5);
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('is 503 while a migration is pending, and 200 again once it is applied', async () => {
    const { client } = testDatabase();
    // The last migration (seed_history) rolls back cleanly.
    await rollback(client, { dir: DEFAULT_MIGRATIONS_DIR, env: 'test', steps: 1 });
    const pending = await GET(new Request('http://app.test/api/health'));
    expect(pending.status).toBe(503);
    expect(await pending.json()).toMatchObject({ status: 'degraded', migrations: { pending: 1 } });

    await migrateUp(client, { dir: DEFAULT_MIGRATIONS_DIR, env: 'test' });
    expect((await GET(new Request('http://app.test/api/health'))).status).toBe(200);
  });

  it('is 503 when the database is unreachable', async () => {
    const { client } = testDatabase();
    client.close();
    const response = await GET(new Request('http://app.test/api/health'));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'down',
      database: { reachable: false, latencyMs: null },
    });
  });
});
