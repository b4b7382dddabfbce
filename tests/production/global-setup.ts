type Env = Record<string, string | undefined>;
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ADMIN, FIRST_PORT, type ServerInfo, type ServerName } from './servers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TMP = path.join(ROOT, 'tests/.tmp');

/** The environment of a fresh shell: nothing of ours leaks in (no DATABASE_ENV, no secret). */
function cleanEnvironment(): Env {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^(DATABASE_|TURSO_|NEXTAUTH_|APP_URL|TRUST_PROXY|ADMIN_|SMTP_|NODE_ENV|PORT|HOSTNAME|VITEST|MARKDOWN_|CRON_|JOBS_|REQUEST_)/.test(
        name,
      )
    )
      delete env[name];
  }
  return env;
}

function run(command: string, args: string[], env: Env): void {
  const result = spawnSync(command, args, { cwd: ROOT, env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

async function waitHealthy(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output()}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the production server never became healthy:\n${output()}`);
}

/** Follows the README: migrate, create the admin, `npm start`. */
async function startProductionServer(
  name: ServerName,
  port: number,
  extra: Env,
  children: ChildProcess[],
): Promise<ServerInfo> {
  const databaseFile = path.join(TMP, `production-${name}-${port}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile + suffix, { force: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  const appUrl = extra.APP_URL ?? baseUrl;
  const env: Env = {
    ...cleanEnvironment(),
    DATABASE_URL: `file:${databaseFile}`,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
    APP_URL: appUrl,
    LOG_LEVEL: 'warn',
    ...extra,
  };
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  run(tsx, ['database/migrate.ts', 'migrate', '--env', 'production'], env);
  run(tsx, ['database/seed.ts', '--env', 'production'], {
    ...env,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  });

  const child = spawn('npm', ['start', '--', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await waitHealthy(baseUrl, child, () => output);
  return { baseUrl, databaseFile, appUrl, cronSecret: extra.CRON_SECRET ?? null };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID')))
    throw new Error('Run `npm run build` first: this suite attacks the production build.');
  mkdirSync(TMP, { recursive: true });
  const children: ChildProcess[] = [];
  const stop = async () => {
    for (const child of children) {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  };
  try {
    const [direct, proxied, gated] = await Promise.all([
      // Reached directly (no proxy is trusted, the default), with a scheduler token for /api/cron.
      startProductionServer(
        'direct',
        FIRST_PORT,
        { CRON_SECRET: randomBytes(32).toString('base64') },
        children,
      ),
      // Behind one reverse proxy that terminates https.
      startProductionServer(
        'proxied',
        FIRST_PORT + 1,
        { APP_URL: 'https://pingtopass.example', TRUST_PROXY: '1' },
        children,
      ),
      // One render at a time, one second of waiting: admission control made visible.
      startProductionServer(
        'gated',
        FIRST_PORT + 2,
        { REQUEST_CONCURRENCY: '1', REQUEST_QUEUE_SECONDS: '1' },
        children,
      ),
    ]);
    project.provide('productionServers', { direct: direct!, proxied: proxied!, gated: gated! });
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
