/**
 * The load test's own build of the app. The "bare" pages (bench/load/pages: the catalog and the
 * exam-taking page rendered from memory, the yardsticks of the ratio targets) serve the first
 * caller's data to everyone, so they must never be part of the product: they live outside app/
 * and only this build has them.
 *
 *   npx tsx bench/load/build.ts [--force]
 *
 * Copies the app's sources (the repository's top-level folders and source/config files, except
 * NOT_APP and dot files) into BENCH_APP_DIR, links node_modules, copies bench/load/pages to
 * app/bench/ there and runs `next build` in it. It rebuilds only when the fingerprint (the
 * content of every copied file, the bench pages, package-lock.json and this script) changed: a
 * build takes a minute and a half on a 2-core machine, and a stale one would measure old code.
 * `--force` rebuilds anyway.
 *
 * BENCH_APP_DIR is under bench/results/, which git, ESLint and tsc already ignore (a copy of the
 * app with its .next output must not be linted or type-checked as part of the repository).
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const BENCH_APP_DIR = path.join(ROOT, 'bench/results/app');
const PAGES_DIR = path.join(ROOT, 'bench/load/pages');
const FINGERPRINT_FILE = '.bench-fingerprint';

/**
 * Top-level entries of the repository that are not the app. Dot files are skipped as well, and
 * so are top-level files other than source and configuration (a log or a note next to
 * package.json is neither copied nor a reason to rebuild).
 */
const SOURCE_FILE = /\.(ts|tsx|js|mjs|cjs|json)$/;
const NOT_APP = new Set([
  'node_modules',
  '.next',
  'data',
  'tests',
  'bench',
  'docs',
  'coverage',
  'backups',
  'test-results',
  'playwright-report',
  'vitest.config.ts',
  'playwright.config.ts',
  'next-env.d.ts',
  // Without a lockfile in the copy, Next takes the repository (where the lockfile is) as the
  // workspace root, so the node_modules link points inside it.
  'package-lock.json',
]);
/** Never copied from any depth. */
const NEVER = new Set(['node_modules', '.next']);

function appEntries(): string[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && !NOT_APP.has(entry.name))
    .filter((entry) => entry.isDirectory() || (entry.isFile() && SOURCE_FILE.test(entry.name)))
    .map((entry) => entry.name)
    .sort();
}

function filesUnder(file: string): string[] {
  const stat = lstatSync(file);
  if (!stat.isDirectory()) return stat.isFile() ? [file] : [];
  return readdirSync(file)
    .filter((name) => !NEVER.has(name))
    .sort()
    .flatMap((name) => filesUnder(path.join(file, name)));
}

/** Changes with any copied file, the bench pages, the installed dependencies or this script. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const files = [
    ...appEntries().flatMap((name) => filesUnder(path.join(ROOT, name))),
    ...filesUnder(PAGES_DIR),
    path.join(ROOT, 'package-lock.json'),
    import.meta.filename,
  ];
  for (const file of files)
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * The environment of `next build` in the copy. Production mode requires a secret, APP_URL and an
 * explicit database. Every page is dynamic, so the build queries nothing; loading the modules
 * opens (and creates) the file, which stays empty.
 */
function buildEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_ENV: 'development',
    DATABASE_URL: `file:${path.join(BENCH_APP_DIR, 'empty-at-build-time.db')}`,
    APP_URL: 'http://127.0.0.1:3000',
    NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
  };
}

/** Builds the bench app when it is missing or out of date; returns its directory. */
export function buildBenchApp({
  force = false,
  log = console.log,
}: { force?: boolean; log?: (line: string) => void } = {}): string {
  const dir = BENCH_APP_DIR;
  const wanted = fingerprint();
  const fingerprintFile = path.join(dir, FINGERPRINT_FILE);
  const built =
    existsSync(path.join(dir, '.next/BUILD_ID')) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, 'utf8') === wanted;
  if (built && !force) {
    log(`bench app up to date: ${path.relative(ROOT, dir)}`);
    return dir;
  }
  if (existsSync(path.join(ROOT, 'app/bench'))) {
    throw new Error(
      'app/bench/ exists in the product app: the bench pages belong in bench/load/pages/ (copied by this script only)',
    );
  }
  log(`building the bench app in ${path.relative(ROOT, dir)} (the app + bench/load/pages as app/bench/)`);
  mkdirSync(dir, { recursive: true });
  // Start from an empty copy (files deleted in the repository must go too); keep .next, whose
  // cache/ speeds up the build, and the node_modules link.
  for (const name of readdirSync(dir)) {
    if (name !== '.next' && name !== 'node_modules')
      rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  for (const name of appEntries()) {
    cpSync(path.join(ROOT, name), path.join(dir, name), {
      recursive: true,
      filter: (source) => !NEVER.has(path.basename(source)),
    });
  }
  cpSync(PAGES_DIR, path.join(dir, 'app/bench'), { recursive: true });
  const link = path.join(dir, 'node_modules');
  if (!lstatExists(link)) symlinkSync(path.join(ROOT, 'node_modules'), link, 'dir');

  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: dir,
    env: buildEnv(),
    stdio: 'inherit',
  });
  writeFileSync(fingerprintFile, wanted);
  return dir;
}

function lstatExists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

if (import.meta.filename === process.argv[1]) {
  try {
    buildBenchApp({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
