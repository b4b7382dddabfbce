/**
 * npm run bench: runs every bench/*.bench.ts (each in its own process, one after another so
 * they do not compete for the 2 cores) against the generated database (`npm run bench -- <name>`:
 * only those whose file name contains a name; bench/lighthouse.ts only when named), then writes
 * bench/results/latest.json and latest.md. Benchmarks print numbers; they never fail on time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Figure } from './lib/results';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS_DIR = path.join(ROOT, 'bench/results');
const DATA = process.env.BENCH_DB ?? path.join(ROOT, 'data/bench.db');
const only = process.argv.slice(2);
// Run only when named (`npm run bench -- lighthouse`): they audit the production build
// (`npm run build` first) in Chromium, a few minutes each, rather than measure the code alone.
const ON_REQUEST = ['lighthouse.ts'];

function tsx(args: string[], env: NodeJS.ProcessEnv) {
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, env, stdio: 'inherit' });
}

function markdown(figures: Figure[], machine: Record<string, string | number>): string {
  const rows = figures.map((f) => {
    const p50 = f.timing ? String(f.timing.p50) : f.value !== undefined ? String(f.value) : '';
    const p99 = f.timing ? String(f.timing.p99) : '';
    return `| ${f.issue} | ${f.name} | ${p50} | ${p99} | ${f.unit} | ${f.target ?? ''} | ${f.dataSize} |`;
  });
  return [
    `# Benchmark results`,
    '',
    `${machine.date} · ${machine.cores} cores · ${machine.cpu} · Node ${machine.node} · ${machine.memoryGiB} GiB`,
    '',
    '| issue | figure | p50 (or value) | p99 | unit | target | data |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function main() {
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (!existsSync(DATA)) tsx(['bench/data/generate.ts', '--out', DATA], process.env);
  const files = [
    ...readdirSync(path.join(ROOT, 'bench')).filter((f) => f.endsWith('.bench.ts')),
    ...(only.length > 0 ? ON_REQUEST : []),
  ]
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const collected = path.join(RESULTS_DIR, `.collect-${process.pid}.jsonl`);
  rmSync(collected, { force: true });
  for (const file of files) {
    console.log(`\n== ${file}`);
    try {
      tsx([path.join('bench', file)], { ...process.env, BENCH_RESULTS_FILE: collected, BENCH_DB: DATA });
    } catch {
      console.error(`!! ${file} failed; its figures are missing from the report`);
    }
  }
  const figures: Figure[] = existsSync(collected)
    ? readFileSync(collected, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Figure)
    : [];
  rmSync(collected, { force: true });
  const machine = {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
  writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify({ machine, figures }, null, 2)}\n`);
  writeFileSync(path.join(RESULTS_DIR, 'latest.md'), markdown(figures, machine));
  console.log(`\nWrote bench/results/latest.json and latest.md (${figures.length} figures).`);
}

main();
