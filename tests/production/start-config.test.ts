type Env = Record<string, string | undefined>;
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSED_START_PORT } from './servers';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs a start command in a bare environment (PATH and HOME, plus `extra`); returns its exit and output. */
function start(command: string, args: string[], extra: Env = {}) {
  const env: Env = { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm start refuses an unsafe configuration', () => {
  it('with nothing configured it exits non-zero and names each missing variable and how to make the secret', () => {
    const { status, output } = start('npm', ['start', '--', '-p', REFUSED_START_PORT]);
    expect(status).not.toBe(0);
    expect(output).toContain('NEXTAUTH_SECRET is required in production');
    expect(output).toContain('openssl rand -base64 32');
    expect(output).toContain('APP_URL is required in production');
    expect(output).toContain('DATABASE_URL is required in production');
    expect(output).not.toContain('listening');
  });

  it('refuses a weak secret and a plain-http public address', () => {
    const { status, output } = start('npm', ['start', '--', '-p', REFUSED_START_PORT], {
      NEXTAUTH_SECRET: 'changeme',
      APP_URL: 'http://exams.example.com',
      DATABASE_URL: 'file:/nonexistent/dir/x.db',
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/NEXTAUTH_SECRET is too short[\s\S]*APP_URL must be https/);
  });

  it('`next start` run directly refuses too (the check lives in next.config.ts)', () => {
    const next = path.join(ROOT, 'node_modules/.bin/next');
    const { status, output } = start(next, ['start', '-p', REFUSED_START_PORT]);
    expect(status).not.toBe(0);
    expect(output).toContain('NEXTAUTH_SECRET is required in production');
  });
});
