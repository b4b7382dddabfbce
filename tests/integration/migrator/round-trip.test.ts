import { describe, expect, it } from 'vitest';
import { getStatus, migrateUp, rollback, verify } from '../../../database/migrator';
import {
  buildMigrationsDir,
  createTempDatabase,
  fixtureNames,
  historyNames,
  REAL_MIGRATIONS,
  schemaSnapshot,
  tableNames,
} from './helpers';

const MIGRATOR_TABLES = ['schema_environment', 'schema_migrations', 'schema_migrations_lock'];

describe('guarantee 6: up, down, up again yields an identical schema', () => {
  it.each([
    ['the basic fixtures', 'basic'],
    ['the tricky-sql fixtures', 'tricky-sql'],
  ])('holds for %s', async (_label, fixture) => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, [fixture]);
    const count = fixtureNames(fixture).length;

    await migrateUp(db.client, { dir, env: 'test' });
    const first = await schemaSnapshot(db.client);
    expect(first.length).toBeGreaterThan(0);
    expect((await rollback(db.client, { dir, env: 'test', steps: count })).rolledBack).toHaveLength(count);
    expect(await schemaSnapshot(db.client)).toEqual([]);
    await migrateUp(db.client, { dir, env: 'test' });

    expect(await schemaSnapshot(db.client)).toEqual(first);
  });
});

describe('the real migrations in database/migrations', () => {
  it('apply cleanly, roll back fully (with data in every table), and re-apply to the same schema', async () => {
    const db = createTempDatabase();
    const names = fixtureNames(REAL_MIGRATIONS);

    const { applied } = await migrateUp(db.client, { dir: REAL_MIGRATIONS, env: 'test' });
    expect(applied).toEqual(names);
    expect(await verify(db.client, { dir: REAL_MIGRATIONS, env: 'test' })).toEqual({ ok: true });
    const first = await schemaSnapshot(db.client);
    const fkCheck = await db.client.execute('PRAGMA foreign_key_check');
    expect(fkCheck.rows).toEqual([]);

    expect((await db.client.execute('PRAGMA foreign_keys')).rows[0]?.[0]).toBe(1);
    await insertOneRowEverywhere(db.client);
    // Foreign keys are on: each Down drops children before parents, and rollback runs the
    // migrations newest first, so no DROP TABLE hits a parent that still has children.
    const { rolledBack } = await rollback(db.client, {
      dir: REAL_MIGRATIONS,
      env: 'test',
      steps: names.length,
    });
    expect(rolledBack).toEqual([...names].reverse());
    expect(await tableNames(db.client)).toEqual(MIGRATOR_TABLES);
    expect(await historyNames(db.client)).toEqual([]);

    await migrateUp(db.client, { dir: REAL_MIGRATIONS, env: 'test' });
    expect(await schemaSnapshot(db.client)).toEqual(first);
    const status = await getStatus(db.client, { dir: REAL_MIGRATIONS });
    expect(status).toMatchObject({ environment: 'test', applied: names.length, pending: 0 });
  });
});

async function insertOneRowEverywhere(client: ReturnType<typeof createTempDatabase>['client']) {
  const now = Date.now();
  await client.batch(
    [
      {
        sql: `INSERT INTO users (id, email, created_at, updated_at) VALUES ('u1', 'a@example.com', ?, ?)`,
        args: [now, now],
      },
      {
        sql: `INSERT INTO exams (id, slug, code, title, vendor, duration_minutes, question_count, passing_score, created_at, updated_at)
          VALUES (1, 'e', 'E-1', 'Exam', 'V', 60, 10, 70, ?, ?)`,
        args: [now, now],
      },
      `INSERT INTO objectives (id, exam_id, code, title, weight) VALUES (1, 1, '1.0', 'Obj', 100)`,
      {
        sql: `INSERT INTO questions (id, exam_id, objective_id, type, created_at, updated_at) VALUES (1, 1, 1, 'single', ?, ?)`,
        args: [now, now],
      },
      {
        sql: `INSERT INTO question_versions (id, question_id, version, stem, options, author_id, created_at)
          VALUES (1, 1, 1, 'Stem?', '[{"id":"a"},{"id":"b"}]', 'u1', ?)`,
        args: [now],
      },
      {
        sql: `INSERT INTO study_sessions (id, user_id, exam_id, mode, question_count, started_at, last_activity)
          VALUES ('s1', 'u1', 1, 'practice', 1, ?, ?)`,
        args: [now, now],
      },
      `INSERT INTO session_questions (session_id, position, question_id, question_version_id) VALUES ('s1', 0, 1, 1)`,
      {
        sql: `INSERT INTO user_answers (user_id, session_id, question_id, question_version_id, selected, is_correct, answered_at)
          VALUES ('u1', 's1', 1, 1, '["a"]', 1, ?)`,
        args: [now],
      },
      {
        sql: `INSERT INTO seed_history (name, environment, checksum, applied_at) VALUES ('x', 'test', 'c', ?)`,
        args: [now],
      },
    ],
    'write',
  );
}
