import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../database/migrator/cli';
import { parseCliArgs, UsageError } from '../../../database/migrator/cli-args';
import { buildMigrationsDir, createTempDatabase, fixtureNames, historyNames, REPO_ROOT } from './helpers';

async function cli(argv: string[], env: Record<string, string>) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    env: { DATABASE_ENV: 'test', ...env },
    cwd: REPO_ROOT,
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('parseCliArgs', () => {
  it('parses commands, N, names and flags in both --flag value and --flag=value forms', () => {
    expect(
      parseCliArgs([
        'migrate',
        '--env',
        'staging',
        '--dir=x',
        '--dry-run',
        '--allow-out-of-order',
        '--force',
      ]),
    ).toEqual({
      command: 'migrate',
      steps: 1,
      name: undefined,
      env: 'staging',
      dir: 'x',
      dryRun: true,
      allowOutOfOrder: true,
      force: true,
      json: false,
    });
    expect(parseCliArgs(['rollback', '3'])).toMatchObject({ command: 'rollback', steps: 3 });
    expect(parseCliArgs(['rollback'])).toMatchObject({ steps: 1 });
    expect(parseCliArgs(['create', 'add_things'])).toMatchObject({ command: 'create', name: 'add_things' });
    expect(parseCliArgs(['status', '--json'])).toMatchObject({ command: 'status', json: true });
    expect(parseCliArgs(['--help'])).toMatchObject({ command: 'help' });
  });

  it.each([
    [[], /missing command/],
    [['launch'], /unknown command "launch"/],
    [['migrate', '--verbose'], /unknown option --verbose/],
    [['migrate', '--env', 'prod'], /unknown environment "prod"/],
    [['migrate', '--env'], /--env needs a value/],
    [['rollback', 'two'], /whole number/],
    [['rollback', '0'], /whole number/],
    [['rollback', '-1'], /unknown option -1/],
    [['rollback', '1', '2'], /unexpected argument "2"/],
    [['create'], /create needs a migration name/],
    [['create', 'Bad-Name'], /must be snake_case/],
    [['status', '--dry-run'], /--dry-run does not apply to status/],
    [['migrate', '--json'], /--json does not apply to migrate/],
    [['migrate', '--force=yes'], /--force takes no value/],
  ])('rejects %j as bad usage', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('runCli', () => {
  it('migrates, reports status for people and for machines, and rolls back', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    const env = { DATABASE_URL: db.url };

    const migrated = await cli(['migrate', '--dir', dir], env);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/^applied 3 migrations in \d+ ms$/m);
    expect(migrated.stdout).toContain('applied 20260101000100_create_authors (');

    const human = await cli(['status', '--dir', dir], env);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^NAME\s+STATE\s+APPLIED AT$/m);
    expect(human.stdout).toMatch(
      /^20260101000200_create_books\s+applied\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/m,
    );
    expect(human.stdout).toContain(
      `3 applied, 0 pending · recorded environment: test · database: test → ${db.url}`,
    );

    const machine = await cli(['status', '--json', '--dir', dir], env);
    const parsed = JSON.parse(machine.stdout) as {
      environment: string;
      applied: number;
      rows: Array<{ name: string; state: string }>;
    };
    expect(parsed).toMatchObject({
      environment: 'test',
      selectedEnvironment: 'test',
      applied: 3,
      pending: 0,
    });
    expect(parsed.rows.map((row) => row.state)).toEqual(['applied', 'applied', 'applied']);

    const rolled = await cli(['rollback', '2', '--dir', dir], env);
    expect(rolled.code).toBe(0);
    expect(rolled.stdout).toMatch(/rolled back 2 migrations in \d+ ms/);
    expect(await historyNames(db.reopen())).toEqual(['20260101000100_create_authors']);
  });

  it('never prints the auth token', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    const result = await cli(['status', '--dir', dir], {
      DATABASE_URL: db.url,
      DATABASE_AUTH_TOKEN: 'secret-token-123',
    });
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain('secret-token-123');
  });

  it('exits 1 naming file, line and statement when a migration fails, and 2 on bad usage', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['failing']);
    const failed = await cli(['migrate', '--dir', dir], { DATABASE_URL: db.url });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(
      /^error: .*20260301000200_third_statement_fails\.sql:4: statement failed: .*UNIQUE constraint failed/,
    );
    expect(failed.stderr).toContain(
      "statement: INSERT INTO tags (id, label) VALUES (1, 'duplicate primary key');",
    );

    const usage = await cli(['rollback', 'many'], { DATABASE_URL: db.url });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: tsx database/migrate.ts');
  });

  it('creates a migration file in --dir', async () => {
    const db = createTempDatabase();
    const dir = path.join(db.root, 'new-migrations');
    const result = await cli(['create', 'add_widgets', '--dir', dir], {});
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^\d{14}_add_widgets\.sql$/)]);
  });

  it('creates the parent folder of a file database', async () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    const url = `file:${path.join(db.root, 'nested', 'deeper', 'app.db')}`;
    const result = await cli(['migrate', '--dir', dir], { DATABASE_URL: url });
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(db.root, 'nested', 'deeper'))).toContain('app.db');
  });
});

describe('database/migrate.ts entry', () => {
  it('sets the exit code: 0 done, 1 failed, 2 bad usage', () => {
    const db = createTempDatabase();
    const dir = buildMigrationsDir(db.root, ['basic']);
    const run = (args: string[]) =>
      spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['database/migrate.ts', ...args], {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: db.url, DATABASE_ENV: 'test' },
        encoding: 'utf8',
      });
    const ok = run(['migrate', '--dir', dir]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`applied ${fixtureNames('basic').length} migrations in`);
    const refused = run(['migrate', '--dir', dir, '--env', 'production']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/recorded as test but the command runs as production/);
    expect(run(['frobnicate']).status).toBe(2);
    // Three cold tsx starts: ~3 s on a quiet machine, over 30 s when the cores are busy.
  }, 120_000);
});
