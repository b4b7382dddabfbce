/**
 * npx tsx bench/data/generate-bank.ts [--questions 100000] [--seed 7] [--kinds 15] [--out <file>]
 *
 * One exam with a big question bank (default 100,000 questions, all in the one exam: the worst
 * case for drawing a mock exam), five weighted objectives and one learner, in a temp file
 * database, deterministic from the seed. The attempts benchmark (bench/attempts.bench.ts)
 * builds it on first use. `--kinds P` makes about P% of the questions matching or ordering
 * (issue 20; half each, half of those with partial credit), in its own file; 0 (the default) keeps
 * the all-choice bank exactly as before.
 */
import os from 'node:os';
import path from 'node:path';
import type { InValue } from '@libsql/client';
import { seededRandom } from '../../lib/exam/random';
import { createGeneratedDatabase, insertRows, secondsSince } from '../lib/generated-database';

export const BANK_EXAM_SLUG = 'bank-exam';
export const BANK_LEARNER_ID = '00000000-0000-4000-8000-0000000000b1';
/** Weights of the five objectives; the exam asks 65 questions in 130 minutes, like AWS associate exams. */
const WEIGHTS = [26, 24, 22, 16, 12];

export interface BankOptions {
  questions: number;
  seed: number;
  /** Percent of matching/ordering questions (0: all choice). */
  kinds: number;
  out: string;
}

export function defaultBankFile(questions: number, seed: number, kinds = 0): string {
  const mixed = kinds > 0 ? `-kinds${kinds}` : '';
  return path.join(os.tmpdir(), 'pingtopass-bench', `bank-${questions}-seed${seed}${mixed}.db`);
}

/** A matching (4 premises, 5 responses) or ordering (5 items) version's options and settings, as lib/exam/kinds.ts stores them. */
function structuredContent(random: () => number, q: number): { options: unknown[]; settings: object } {
  const partialCredit = random() < 0.5;
  if (random() < 0.5) {
    const premises = 'abcd'.split('').map((id, i) => ({ id, text: `${sentence(random, 4)} (${q}P${i})`, correct: false, match: 'efgh'[i] }));
    const responses = 'efghi'.split('').map((id, i) => ({ id, text: `${sentence(random, 3)} (${q}R${i})`, correct: false }));
    return { options: [...premises, ...responses], settings: { kind: 'matching', partialCredit, responsesReusable: false } };
  }
  const items = 'abcde'.split('').map((id, i) => ({ id, text: `${sentence(random, 5)} (${q}S${i})`, correct: false }));
  return { options: items, settings: { kind: 'ordering', partialCredit } };
}

const WORDS = 'instance region bucket policy subnet gateway cluster replica queue function role key cache volume snapshot endpoint zone tenant pipeline'.split(' ');

function sentence(random: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

export async function generateBank(options: Partial<BankOptions> = {}): Promise<BankOptions & { seconds: number }> {
  const questions = options.questions ?? 100_000;
  const seed = options.seed ?? 7;
  const kinds = options.kinds ?? 0;
  const out = path.resolve(options.out ?? defaultBankFile(questions, seed, kinds));
  const started = performance.now();
  const random = seededRandom(seed);
  const now = Date.UTC(2026, 10, 1);
  const client = await createGeneratedDatabase(out);
  try {
    await client.execute('PRAGMA foreign_keys = OFF');
    await client.batch(
      [
        {
          sql: `INSERT INTO exams (id, slug, code, title, vendor, description, duration_minutes, question_count, passing_score, status, created_at, updated_at)
            VALUES (1, ?, 'BNK-100', 'Big Bank Exam', 'Bench', 'One exam with a very large bank.', 130, 65, 72, 'published', ?, ?)`,
          args: [BANK_EXAM_SLUG, now, now],
        },
        ...WEIGHTS.map((weight, k) => ({
          sql: 'INSERT INTO objectives (id, exam_id, code, title, weight, position) VALUES (?, 1, ?, ?, ?, ?)',
          args: [k + 1, `${k + 1}.0`, `Objective ${k + 1}`, weight, k],
        })),
        {
          sql: `INSERT INTO users (id, email, name, role, email_verified_at, created_at, updated_at) VALUES (?, 'bank@bench.local', 'Bank Learner', 'learner', ?, ?, ?)`,
          args: [BANK_LEARNER_ID, now, now, now],
        },
      ],
      'write',
    );
    const questionRows: InValue[][] = [];
    const versionRows: InValue[][] = [];
    const cumulative = WEIGHTS.map((_, k) => WEIGHTS.slice(0, k + 1).reduce((a, b) => a + b, 0));
    for (let q = 1; q <= questions; q += 1) {
      const roll = random() * 100;
      const objective = cumulative.findIndex((c) => roll < c) + 1;
      const multiple = random() < 0.2;
      // One in 50 questions is retired: the draw must skip them.
      const active = random() < 0.98 ? 1 : 0;
      questionRows.push([q, 1, objective, multiple ? 'multiple' : 'single', 1 + Math.floor(random() * 3), active, 1, now, now]);
      // No extra draw from `random` without --kinds: the all-choice bank stays what it was.
      const structured = kinds > 0 && random() * 100 < kinds ? structuredContent(random, q) : null;
      const options =
        structured?.options ??
        Array.from({ length: multiple ? 5 : 4 }, (_, i) => ({
          id: 'abcde'[i],
          text: `${sentence(random, 6)} (${q}${'ABCDE'[i]})`,
          correct: multiple ? i === 0 || i === 2 : i === 1,
        }));
      versionRows.push([q, q, 1, `Question ${q}: ${sentence(random, 40)}?`, JSON.stringify(options), sentence(random, 50), JSON.stringify([{ title: 'Docs', url: `https://docs.example.com/${q}` }]), JSON.stringify(structured?.settings ?? {}), now]);
    }
    await insertRows(client, 'INSERT INTO questions (id, exam_id, objective_id, type, difficulty, is_active, current_version, created_at, updated_at)', 9, questionRows);
    await insertRows(client, 'INSERT INTO question_versions (id, question_id, version, stem, options, explanation, refs, settings, created_at)', 9, versionRows);
    await client.execute('PRAGMA foreign_keys = ON');
    await client.execute('ANALYZE');
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    client.close();
  }
  return { questions, seed, kinds, out, seconds: secondsSince(started) };
}

function parseArgs(argv: string[]): Partial<BankOptions> {
  const result: Partial<BankOptions> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = argv[i + 1];
    if (value === undefined || !['questions', 'seed', 'kinds', 'out'].includes(key ?? '')) throw new Error(`Unknown option ${argv[i]}. Options: --questions N --seed N --kinds P --out file`);
    if (key === 'out') result.out = value;
    else (result as Record<string, number>)[key!] = Number(value);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generateBank(parseArgs(process.argv.slice(2))).then(
    (done) => console.log(`Generated ${done.out} in ${done.seconds} s: ${done.questions} questions in one exam (seed ${done.seed}).`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
