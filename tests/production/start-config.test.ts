type Env = Record<string, string | undefined>;
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function bareEnvironment(extra: Env = {}): Env {
  const env: Env = { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
  return env;
}

describe('npm start refuses an unsafe configuration', () => {
  it('with nothing configured it exits non-zero and names each missing variable and how to make the secret', () => {
    const result = spawnSync('npm', ['start', '--', '-p', '3699'], {
      cwd: ROOT,
      env: bareEnvironment() as NodeJS.ProcessEnv,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('NEXTAUTH_SECRET is required in production');
    expect(output).toContain('openssl rand -base64 32');
    expect(output).toContain('APP_URL is required in production');
    expect(output).toContain('DATABASE_URL is required in production');
    expect(output).not.toContain('listening');
  });

  it('refuses a weak secret and a plain-http public address', () => {
    const env = bareEnvironment({
      NEXTAUTH_SECRET: 'changeme',
      APP_URL: 'http://exams.example.com',
      DATABASE_URL: 'file:/nonexistent/dir/x.db',
    });
    const result = spawnSync('npm', ['start', '--', '-p', '3699'], {
      cwd: ROOT,
      env: env as NodeJS.ProcessEnv,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(
      /NEXTAUTH_SECRET is too short[\s\S]*APP_URL must be https/,
    );
  });

  it('`next start` run directly refuses too (the check lives in next.config.ts)', () => {
    const next = path.join(ROOT, 'node_modules/.bin/next');
    const result = spawnSync(next, ['start', '-p', '3699'], {
      cwd: ROOT,
      env: bareEnvironment() as NodeJS.ProcessEnv,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('NEXTAUTH_SECRET is required in production');
  });
});
