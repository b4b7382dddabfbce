/**
 * Cached public pages (issue 17): anonymous req/s of the catalog, an exam page and the home page
 * served by the production server's page cache (server/page-cache), against the same pages
 * rendered on every request and the bare catalog page (rendered from memory, the yardstick of
 * the load test). Run by `npm run bench`, or alone:
 *   npx tsx bench/page-cache.bench.ts [--rounds 2] [--seconds 10] [--connections 50]
 *     [--phases throughput,visitors] [--visitors 1000,3000]
 * `visitors`: bursts of anonymous visitors arriving within 60 s (home, catalog, an exam page each).
 * One server, `npm start`'s server/start-server.ts on the bench app (bench/load/build.ts) and a
 * copy of the benchmark database, with the heap limit of `npm start`. The dynamic side of each
 * pair is the same page with a query string, which the cache never answers (it renders exactly
 * what the cache would have captured, plus the query in its payload). Endpoints alternate within
 * each round, so the shared machine's noise hits both sides of a ratio alike.
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { buildBenchApp } from './load/build';
import { serverHeapLimitMb, startServer } from './load/server';
import { measureThroughput, type ThroughputResult } from './load/throughput';
import { visitorBurst } from './load/visitors';
import { recordFigure } from './lib/results';
import { workingCopy } from './lib/working-copy';
import { listOption, numberOption } from './lib/harness';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE_DB = process.env.BENCH_DB ?? path.join(ROOT, 'data/bench.db');
const CACHE_DB = path.join(ROOT, 'data/page-cache.db');
const PORT = Number(process.env.PAGE_CACHE_PORT ?? 3410);

const PHASES = listOption('phases', 'throughput,visitors');
const ROUNDS = numberOption('rounds', 2);
const SECONDS = numberOption('seconds', 10);
const CONNECTIONS = numberOption('connections', 50);

/** Anonymous, as a browser asks (gzip), so the cached side pays for its compressed form. */
const HEADERS = { 'accept-encoding': 'gzip, deflate, br' };
const TARGETS = {
  'bare catalog (rendered from memory)': '/bench/bare-catalog',
  'catalog /exams, cached': '/exams',
  'catalog /exams, rendered': '/exams?render=1',
  'exam page, cached': '/exams/bench-exam-20',
  'exam page, rendered': '/exams/bench-exam-20?render=1',
  'home /, cached': '/',
  'home /, rendered': '/?render=1',
} as const;
type Name = keyof typeof TARGETS;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

async function main() {
  const appDir = buildBenchApp();
  await workingCopy(SOURCE_DB, CACHE_DB);
  const heap = serverHeapLimitMb();
  const server = await startServer(CACHE_DB, PORT, appDir, {}, 'start-server');
  const loadBefore = load();
  const runs = new Map<Name, ThroughputResult[]>();
  try {
    const names = Object.keys(TARGETS) as Name[];
    const measure = (name: Name, seconds: number) =>
      measureThroughput({
        url: server.base + TARGETS[name],
        headers: HEADERS,
        seconds,
        connections: CONNECTIONS,
      });
    for (const name of names) await measure(name, 3); // warm-up: JIT, modules, the data cache
    for (let round = 0; round < (PHASES.includes('throughput') ? ROUNDS : 0); round += 1) {
      for (const name of names) runs.set(name, [...(runs.get(name) ?? []), await measure(name, SECONDS)]);
      console.log(`round ${round + 1} done, load average ${load()}`);
    }
    if (PHASES.includes('visitors')) await visitorBursts(server.base);
  } finally {
    await server.stop();
  }
  if (!PHASES.includes('throughput')) return reportMemory(heap, server.peakRssMb());
  const dataSize = `100k questions, 20 exams; ${CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s alternating; heap limit ${heap ?? 'none'} MB; load average (1/5/15 min) ${loadBefore} before, ${load()} after`;
  const mean = (name: Name) => {
    const list = runs.get(name)!;
    return Math.round(list.reduce((sum, r) => sum + r.requestsPerSecond, 0) / list.length);
  };
  for (const [name, list] of runs) {
    recordFigure({
      issue: 17,
      name: `anonymous ${name}`,
      unit: 'req/s',
      value: mean(name),
      dataSize: `rounds ${list.map((r) => r.requestsPerSecond).join(' / ')}; p50 ${Math.max(...list.map((r) => r.p50))} ms, p99 ${Math.max(...list.map((r) => r.p99))} ms; errors ${list.reduce((s, r) => s + r.errors, 0)}, non-2xx ${list.reduce((s, r) => s + r.non2xx, 0)}; ${dataSize}`,
    });
  }
  const bare = mean('bare catalog (rendered from memory)');
  for (const cached of ['catalog /exams, cached', 'exam page, cached', 'home /, cached'] as const) {
    recordFigure({
      issue: 17,
      name: `ratio ${cached} / bare catalog page`,
      unit: 'ratio',
      value: Math.round((mean(cached) / bare) * 10) / 10,
      target: '>= 5',
      dataSize,
    });
  }
  reportMemory(heap, server.peakRssMb());
}

function reportMemory(heap: number | null, peakMb: number) {
  recordFigure({
    issue: 17,
    name: 'page cache: server peak memory (RSS) through the runs',
    unit: 'MB',
    value: peakMb,
    target: '<= 512',
    dataSize: `heap limit ${heap ?? 'none'} MB; load average ${load()} at the end`,
  });
}

/** Bigger and bigger anonymous bursts within 60 s; clean = 0 errors and page p99 ≤ 1 s. */
async function visitorBursts(base: string) {
  for (const count of listOption('visitors', '1000,3000').map(Number)) {
    const loadBefore = load();
    const burst = await visitorBurst(base, count, 60_000, 20);
    const clean = burst.errors === 0 && burst.pages.p99 <= 1_000;
    recordFigure({
      issue: 17,
      name: `${count} anonymous visitors within 60 s (home, catalog, exam page each): page views`,
      unit: 'ms',
      timing: burst.pages,
      target: 'p99 <= 1000 with 0 errors',
      dataSize: `${burst.errors} errors, ${clean ? 'clean' : 'NOT clean'}, ${burst.seconds.toFixed(1)} s; load average ${loadBefore} before, ${load()} after`,
    });
    if (!clean) break;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
