import { afterEach, describe, expect, it } from 'vitest';
import { runSeeds } from '../../database/seeds/run';
import { seedSetsFor } from '../../database/seeds/sets';
import { countRows } from '../helpers/database';
import { freshMigratedDatabase, type FreshDatabase } from '../helpers/fresh-database';

const TABLES = ['users', 'exams', 'objectives', 'questions', 'question_versions', 'seed_history'];

async function snapshot(db: FreshDatabase) {
  return Object.fromEntries(
    await Promise.all(TABLES.map(async (t) => [t, await countRows(t, { client: db.client })] as const)),
  );
}

let db: FreshDatabase | undefined;
afterEach(() => {
  db?.cleanup();
  db = undefined;
});

describe('development seed', () => {
  it('creates 3 vendors’ exams with weighted objectives, 60+ explained questions each, and demo accounts', async () => {
    db = await freshMigratedDatabase('development');
    const result = await runSeeds(db.client, { env: 'development' });
    expect(result.applied).toEqual(['development-catalog', 'development-accounts']);

    const exams = await db.client.execute(`
      SELECT e.slug, e.vendor,
        (SELECT sum(weight) FROM objectives o WHERE o.exam_id = e.id) AS weights,
        (SELECT count(*) FROM objectives o WHERE o.exam_id = e.id) AS objectives,
        (SELECT count(*) FROM questions q WHERE q.exam_id = e.id) AS questions,
        (SELECT count(*) FROM questions q WHERE q.exam_id = e.id AND q.type = 'multiple') AS multiple
      FROM exams e WHERE e.status = 'published' ORDER BY e.slug`);
    expect(exams.rows).toHaveLength(3);
    expect(new Set(exams.rows.map((r) => r.vendor)).size).toBe(3);
    for (const row of exams.rows) {
      expect(row.weights).toBe(100);
      expect(Number(row.objectives)).toBeGreaterThanOrEqual(4);
      expect(Number(row.objectives)).toBeLessThanOrEqual(6);
      expect(Number(row.questions)).toBeGreaterThanOrEqual(60);
      expect(Number(row.multiple)).toBeGreaterThan(0);
    }
    expect(
      await countRows('question_versions', { where: 'length(trim(explanation)) < 20', client: db.client }),
    ).toBe(0);
    // Each development case study shows one table or code/log exhibit under its scenario.
    const cases = await db.client.execute(
      "SELECT json_array_length(exhibits) AS n, exhibits ->> '$[0].kind' AS kind FROM case_studies",
    );
    expect(cases.rows).toHaveLength(3);
    for (const row of cases.rows)
      expect([row.n, ['table', 'code'].includes(String(row.kind))]).toEqual([1, true]);
    const users = await db.client.execute('SELECT role, password_hash FROM users ORDER BY role');
    expect(users.rows.map((r) => r.role)).toEqual(['admin', 'learner', 'moderator']);
    for (const user of users.rows)
      expect(String(user.password_hash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('is idempotent: a second run changes nothing', async () => {
    db = await freshMigratedDatabase('development');
    await runSeeds(db.client, { env: 'development' });
    const before = await snapshot(db);
    const second = await runSeeds(db.client, { env: 'development' });
    expect(second.applied).toEqual([]);
    expect(second.skipped).toEqual(['development-catalog', 'development-accounts']);
    expect(await snapshot(db)).toEqual(before);
  });

  it('--force wipes seeded content and re-seeds it, keeping other data', async () => {
    db = await freshMigratedDatabase('development');
    await runSeeds(db.client, { env: 'development' });
    const before = await snapshot(db);
    await db.client.execute("UPDATE question_versions SET stem = 'vandalised' WHERE id = 1");
    await db.client.execute(
      "INSERT INTO users (id, email, role, created_at, updated_at) VALUES ('u-keep', 'keep@example.com', 'learner', 0, 0)",
    );
    const forced = await runSeeds(db.client, { env: 'development', force: true });
    expect(forced.applied).toHaveLength(2);
    expect(await snapshot(db)).toEqual({ ...before, users: (before.users ?? 0) + 1 });
    expect(await countRows('question_versions', { where: "stem = 'vandalised'", client: db.client })).toBe(0);
  });

  it('a failing data set leaves nothing behind', async () => {
    db = await freshMigratedDatabase('development');
    const [catalog] = seedSetsFor('development');
    const broken = {
      ...catalog!,
      name: 'broken',
      build: async () => [
        ...(await catalog!.build({ env: 'development', now: new Date(), source: {} })),
        { sql: 'INSERT INTO nope VALUES (1)' },
      ],
    };
    await expect(runSeeds(db.client, { env: 'development', sets: [broken] })).rejects.toThrow(/nope/);
    expect(await snapshot(db)).toEqual(Object.fromEntries(TABLES.map((t) => [t, 0])));
  });
});

describe('seeding guard rails', () => {
  it('refuses development data and --force in a database recorded as production', async () => {
    db = await freshMigratedDatabase('production');
    await expect(runSeeds(db.client, { env: 'development' })).rejects.toThrow(/recorded as production/);
    await expect(
      runSeeds(db.client, {
        env: 'production',
        force: true,
        source: { ADMIN_EMAIL: 'a@b.co', ADMIN_PASSWORD: 'a-long-admin-passphrase' },
      }),
    ).rejects.toThrow(/--force in production/);
    expect(await countRows('users', { client: db.client })).toBe(0);
  });

  it('production seeds only the admin, and refuses a missing or weak password', async () => {
    db = await freshMigratedDatabase('production');
    await expect(
      runSeeds(db.client, { env: 'production', source: { ADMIN_EMAIL: 'ops@example.com' } }),
    ).rejects.toThrow(/ADMIN_PASSWORD/);
    await expect(
      runSeeds(db.client, {
        env: 'production',
        source: { ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'password123' },
      }),
    ).rejects.toThrow(/ADMIN_PASSWORD/);
    await expect(
      runSeeds(db.client, {
        env: 'production',
        source: { ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'a-long-admin-passphrase' },
      }),
    ).rejects.toThrow(/ADMIN_EMAIL/);
    expect(await countRows('users', { client: db.client })).toBe(0);

    const source = { ADMIN_EMAIL: 'Ops@Example.com', ADMIN_PASSWORD: 'a-long-admin-passphrase' };
    await runSeeds(db.client, { env: 'production', source });
    const users = await db.client.execute('SELECT email, role, password_hash FROM users');
    expect(users.rows).toHaveLength(1);
    expect(users.rows[0]).toMatchObject({ email: 'ops@example.com', role: 'admin' });
    expect(String(users.rows[0]?.password_hash)).toMatch(/^\$argon2id\$/);
    expect(await countRows('exams', { client: db.client })).toBe(0);
    const history = await db.client.execute('SELECT checksum FROM seed_history');
    expect(String(history.rows[0]?.checksum)).not.toContain('passphrase');
  });

  it('refuses an unmigrated database', async () => {
    const { createClient } = await import('@libsql/client');
    const { mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const client = createClient({
      url: `file:${path.join(mkdtempSync(path.join(os.tmpdir(), 'p2p-')), 'empty.db')}`,
    });
    await expect(runSeeds(client, { env: 'development' })).rejects.toThrow(/db:migrate/);
    client.close();
  });
});
