/**
 * Where does a page's time go? Starts the built app on the load-test database with a V8 CPU
 * profile, drives the given paths with autocannon, stops the server and leaves the profile in
 * bench/results/profiles (open it in Chrome DevTools → Performance, or speedscope).
 *
 *   npx tsx bench/load/profile.ts [--seconds 8] [/attempts/ATTEMPT /bench/bare-exam/ATTEMPT /exams …]
 *
 * ATTEMPT is replaced by a mock exam a bench learner starts first. Run `npm run bench -- load`
 * once before, so data/load.db exists. Runs the bench app (bench/load/build.ts: the app plus the
 * bare pages), building it first when it is missing or out of date.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BENCH_PASSWORD } from '../data/generate';
import { buildBenchApp } from './build';
import { LearnerClient } from './http-client';
import { startServer } from './server';
import { measureThroughput } from './throughput';

const ROOT = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const secondsAt = args.indexOf('--seconds');
const seconds = secondsAt >= 0 ? Number(args.splice(secondsAt, 2)[1]) : 8;
const paths = args.length > 0 ? args : ['/attempts/ATTEMPT', '/bench/bare-exam/ATTEMPT'];

async function main() {
  const dir = path.join(ROOT, 'bench/results/profiles');
  mkdirSync(dir, { recursive: true });
  process.env.SERVER_CPU_PROF = dir;
  const appDir = buildBenchApp();
  const server = await startServer(path.join(ROOT, 'data/load.db'), 3401, appDir);
  try {
    const client = new LearnerClient(server.base);
    await client.signIn('learner9998@bench.local', BENCH_PASSWORD);
    const attemptId = await client.startMockExam('bench-exam-19');
    for (const raw of paths) {
      const url = raw.replace('ATTEMPT', attemptId);
      await client.request(url);
      const result = await measureThroughput({
        url: server.base + url,
        headers: { cookie: client.cookieHeader(), origin: server.base },
        seconds,
        connections: 20,
      });
      console.log(
        `${url}: ${result.requestsPerSecond} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}`,
      );
    }
  } finally {
    await server.stop();
  }
  console.log(`CPU profile written to ${path.relative(ROOT, dir)}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
