/**
 * Lighthouse audits (issue 15), mobile profile (Lighthouse's default: a mid-range phone, simulated
 * slow 4G): accessibility, best practices, performance and SEO scores, plus LCP, TBT and CLS, of
 * the catalog (/exams), an exam's page and the exam runner (signed in, its session cookie sent as
 * a header). Numbers only, never a pass/fail. Run by `npm run bench -- lighthouse`, or alone:
 *
 *   npx tsx bench/lighthouse.ts                      # the production build (`npm run build` first)
 *   npx tsx bench/lighthouse.ts --url https://staging.example \
 *     --email someone@example.com --password … --exam aws-saa-c03
 *
 * Without --url it starts the build with `next start` on a working copy of the benchmark
 * database (BENCH_DB, made by `npm run bench:data`), as learner1@bench.local on bench-exam-20,
 * port LIGHTHOUSE_PORT (3460). Chromium: CHROMIUM_PATH or /usr/bin/chromium, driven by
 * chrome-launcher with the flags the e2e tests use.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BENCH_PASSWORD } from './data/generate';
import { removeDatabaseFiles } from './lib/generated-database';
import { workingCopy } from './lib/working-copy';
import { recordFigure } from './lib/results';
import { LearnerClient } from './load/http-client';
import { startServer, type RunningServer } from './load/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';

const ROOT = path.resolve(import.meta.dirname, '..');
const CATEGORIES = ['accessibility', 'best-practices', 'performance', 'seo'] as const;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

interface Target {
  base: string;
  email: string;
  password: string;
  exam: string;
  dataSize: string;
  server?: RunningServer;
  workingDb?: string;
}

async function target(): Promise<Target> {
  const url = option('url');
  if (url) {
    const email = option('email');
    const password = option('password');
    const exam = option('exam');
    if (!email || !password || !exam) throw new Error('--url needs --email, --password and --exam');
    return { base: url.replace(/\/$/, ''), email, password, exam, dataSize: new URL(url).host };
  }
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID')) || !existsSync(path.join(ROOT, 'public/sw.js')))
    throw new Error('No production build: run `npm run build` first (or pass --url).');
  const source = process.env.BENCH_DB ?? path.join(ROOT, 'data/bench.db');
  if (!existsSync(source)) throw new Error(`No benchmark database at ${source}: run \`npm run bench:data\`.`);
  const workingDb = path.join(ROOT, 'data/lighthouse.db');
  await workingCopy(source, workingDb);
  const server = await startServer(workingDb, Number(process.env.LIGHTHOUSE_PORT ?? 3460), ROOT);
  return {
    base: server.base,
    email: 'learner1@bench.local',
    password: BENCH_PASSWORD,
    exam: 'bench-exam-20',
    dataSize: 'bench data (20 exams)',
    server,
    workingDb,
  };
}

async function audit(port: number, url: string, headers: Record<string, string>) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    extraHeaders: headers,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .filter((a) => a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])),
    lcp: lhr.audits['largest-contentful-paint']?.numericValue,
    tbt: lhr.audits['total-blocking-time']?.numericValue,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue,
    failing,
  };
}

async function main() {
  const site = await target();
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const learner = new LearnerClient(site.base);
    await learner.signIn(site.email, site.password);
    const attemptId = await learner.startMockExam(site.exam);
    const signedIn = { Cookie: learner.cookieHeader() };
    const pages: [name: string, url: string, headers: Record<string, string>][] = [
      ['catalog', '/exams', {}],
      ['exam page', `/exams/${site.exam}`, {}],
      ['exam runner (signed in)', `/attempts/${attemptId}`, signedIn],
    ];
    for (const [name, url, headers] of pages) {
      const result = await audit(chrome.port, site.base + url, headers);
      for (const category of CATEGORIES) {
        const score = result.scores[category];
        if (score === null || score === undefined) continue;
        recordFigure({
          issue: 15,
          name: `lighthouse mobile, ${name}: ${category} score`,
          unit: 'ratio',
          value: score,
          target: '≥ 0.9',
          dataSize: site.dataSize,
        });
      }
      for (const [metric, value, unit] of [
        ['LCP', result.lcp, 'ms'],
        ['TBT', result.tbt, 'ms'],
        ['CLS', result.cls, 'ratio'],
      ] as const) {
        if (value === undefined) continue;
        recordFigure({
          issue: 15,
          name: `lighthouse mobile, ${name}: ${metric}`,
          unit,
          value: unit === 'ms' ? Math.round(value) : Math.round(value * 1000) / 1000,
          dataSize: site.dataSize,
        });
      }
      if (result.failing.length > 0) console.log(`  audits under 90: ${result.failing.join(', ')}`);
    }
  } finally {
    chrome.kill();
    await site.server?.stop();
    if (site.workingDb) removeDatabaseFiles(site.workingDb);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
