import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  base: string;
  process: ChildProcess;
  coldStartMs: number;
  /** Peak resident memory of the server process in MB, sampled every 200 ms. */
  peakRssMb(): number;
  /** SIGTERM by default; SIGKILL for crash tests. Resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/**
 * The old-space limit `npm start` gives the server (HEAP_LIMIT_MB's default in package.json), so a
 * bench server runs as production does; SERVER_HEAP_MB overrides it, 0 for V8's own default.
 */
export function serverHeapLimitMb(): number | null {
  const override = process.env.SERVER_HEAP_MB;
  if (override !== undefined && override !== '') return Number(override) > 0 ? Number(override) : null;
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const match = scripts.start?.match(/HEAP_LIMIT_MB:-(\d+)/);
  return match ? Number(match[1]) : null;
}

/**
 * How the server runs: `next` is `next start`; `start-server` is the production server of
 * `npm start` (server/start-server.ts under tsx, with the public-page cache; PUBLIC_PAGE_CACHE=off
 * in `extraEnv` turns that off). The load test uses it unless LOAD_SERVER=next.
 */
export type ServerEntry = 'next' | 'start-server';

/**
 * `next start` (or server/start-server.ts) of the existing build in `appDir` on `databaseFile`, without database/prepare.ts
 * (the benchmark database is already migrated). Resolves once /api/health answers 200. `appDir`
 * is the repository for the product build (`npm run build`), or the bench app of
 * bench/load/build.ts, the only build with the load test's bare pages.
 */
export async function startServer(
  databaseFile: string,
  port: number,
  appDir: string,
  /** More environment for the server, e.g. the round-trip probe's DB_ROUNDTRIP_* (database/round-trip-probe.ts). */
  extraEnv: Record<string, string | undefined> = {},
  entry: ServerEntry = process.env.LOAD_SERVER === 'start-server' ? 'start-server' : 'next',
): Promise<RunningServer> {
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // SERVER_CPU_PROF=<dir> writes a V8 CPU profile of the server there when it stops (open it in
  // Chrome DevTools); NODE_OPTIONS may not carry --cpu-prof, so node is started explicitly.
  const profile = process.env.SERVER_CPU_PROF
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.SERVER_CPU_PROF]
    : [];
  const heap = serverHeapLimitMb();
  const nextBin = path.join(ROOT, 'node_modules/next/dist/bin/next');
  const child = spawn(
    process.execPath,
    [
      ...profile,
      ...(heap ? [`--max-old-space-size=${heap}`] : []),
      ...(entry === 'next' ? [nextBin, 'start'] : ['--import', 'tsx', 'server/start-server.ts']),
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    {
      cwd: appDir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_ENV: 'development',
        DATABASE_URL: `file:${databaseFile}`,
        APP_URL: base,
        NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
        LOG_LEVEL: 'warn',
        ...extraEnv,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, rssMb(child.pid));
  }, 200);
  let healthy = false;
  for (let i = 0; i < 600 && !healthy; i += 1) {
    healthy = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!healthy) {
    const body = await fetch(`${base}/api/health`).then(
      (r) => r.text(),
      (e: Error) => e.message,
    );
    child.kill('SIGKILL');
    clearInterval(sampler);
    throw new Error(`the server never became healthy: ${body}`);
  }
  const coldStartMs = Math.round(performance.now() - started);
  return {
    base,
    process: child,
    coldStartMs,
    peakRssMb: () => Math.round(peak),
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      clearInterval(sampler);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
    },
  };
}
