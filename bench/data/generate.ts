/**
 * npm run bench:data [-- --questions 100000 --exams 20 --learners 10000 --attempts 50000 --answers 1000000 --seed 42 --out data/bench.db]
 *
 * Builds a benchmark database deterministically from a seed: published exams with weighted
 * objectives, questions (one version each), verified learners (password "bench-password-1"),
 * submitted attempts with their pinned questions, and one answer per attempt question.
 */
import path from 'node:path';
import type { Client } from '@libsql/client';
import { hashPassword } from '../../lib/security/password';
import { BulkInserter, createGeneratedDatabase, secondsSince } from '../lib/generated-database';
import { pickInt, seededRandom, seededUuid } from '../lib/random';

export const BENCH_PASSWORD = 'bench-password-1';
const WEIGHTS = [30, 25, 20, 15, 10];
const DAY = 24 * 60 * 60 * 1000;

export interface GenerateOptions {
  questions: number;
  exams: number;
  learners: number;
  attempts: number;
  answers: number;
  seed: number;
  out: string;
  log?: (line: string) => void;
}

export const DEFAULT_OPTIONS: GenerateOptions = {
  questions: 100_000,
  exams: 20,
  learners: 10_000,
  attempts: 50_000,
  answers: 1_000_000,
  seed: 42,
  out: 'data/bench.db',
};

function optionsJson(multiple: boolean, questionId: number): string {
  const count = multiple ? 5 : 4;
  return JSON.stringify(
    Array.from({ length: count }, (_, i) => ({
      id: 'abcde'[i],
      text: `Option ${'ABCDE'[i]} of generated question ${questionId}`,
      correct: multiple ? i === 1 || i === 3 : i === 1,
    })),
  );
}

async function insertCatalog(client: Client, o: GenerateOptions, now: number) {
  const exams = new BulkInserter(client, 'INSERT INTO exams (id, slug, code, title, vendor, description, duration_minutes, question_count, passing_score, status, created_at, updated_at)', 12);
  const objectives = new BulkInserter(client, 'INSERT INTO objectives (id, exam_id, code, title, weight, position)', 6);
  for (let e = 1; e <= o.exams; e += 1) {
    await exams.stream([e, `bench-exam-${String(e).padStart(2, '0')}`, `BEN-${e}`, `Benchmark Exam ${e}`, 'Bench Vendor', 'Generated for benchmarks.', 130, 65, 70, 'published', now, now]);
    for (let k = 0; k < WEIGHTS.length; k += 1) await objectives.stream([(e - 1) * WEIGHTS.length + k + 1, e, String(k + 1), `Objective ${k + 1}`, WEIGHTS[k]!, k]);
  }
  await exams.flush();
  await objectives.flush();
}

/** Question q (1-based) belongs to exam ((q-1) % exams) + 1; objectives follow the weights. */
function objectiveOf(q: number, o: GenerateOptions): { exam: number; objective: number } {
  const exam = ((q - 1) % o.exams) + 1;
  const slot = Math.floor((q - 1) / o.exams) % 100;
  let acc = 0;
  let k = 0;
  for (; k < WEIGHTS.length - 1; k += 1) {
    acc += WEIGHTS[k]!;
    if (slot < acc) break;
  }
  return { exam, objective: (exam - 1) * WEIGHTS.length + k + 1 };
}

async function insertQuestions(client: Client, o: GenerateOptions, random: () => number, now: number) {
  const questions = new BulkInserter(client, 'INSERT INTO questions (id, exam_id, objective_id, type, difficulty, is_active, current_version, created_at, updated_at)', 9);
  const versions = new BulkInserter(client, 'INSERT INTO question_versions (id, question_id, version, stem, options, explanation, refs, created_at)', 8);
  for (let q = 1; q <= o.questions; q += 1) {
    const { exam, objective } = objectiveOf(q, o);
    const multiple = random() < 0.15;
    await questions.stream([q, exam, objective, multiple ? 'multiple' : 'single', 1 + pickInt(random, 3), 1, 1, now, now]);
    await versions.stream([q, q, 1, `Generated question ${q}: which option is correct?`, optionsJson(multiple, q), `Generated explanation for question ${q}.`, '[]', now]);
  }
  await questions.flush();
  await versions.flush();
}

async function insertLearners(client: Client, o: GenerateOptions, random: () => number, now: number): Promise<string[]> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const users = new BulkInserter(client, 'INSERT INTO users (id, email, name, password_hash, role, email_verified_at, session_version, created_at, updated_at)', 9);
  const ids: string[] = [];
  for (let l = 0; l < o.learners; l += 1) {
    const id = seededUuid(random);
    ids.push(id);
    await users.stream([id, `learner${l}@bench.local`, `Bench Learner ${l}`, hash, 'learner', now, 1, now, now]);
  }
  await users.flush();
  return ids;
}

async function insertHistory(client: Client, o: GenerateOptions, learners: string[], random: () => number, now: number) {
  const perAttempt = Math.max(1, Math.floor(o.answers / Math.max(1, o.attempts)));
  const perExam = Math.floor(o.questions / o.exams);
  const sessions = new BulkInserter(client, 'INSERT INTO study_sessions (id, user_id, exam_id, mode, status, settings, question_count, started_at, deadline_at, last_activity, submitted_at, correct_count, score_percent, passed)', 14);
  const items = new BulkInserter(client, 'INSERT INTO session_questions (session_id, position, question_id, question_version_id, flagged)', 5);
  const answers = new BulkInserter(client, 'INSERT INTO user_answers (user_id, session_id, question_id, question_version_id, selected, is_correct, time_spent_ms, answered_at)', 8);
  for (let a = 0; a < o.attempts; a += 1) {
    const learnerIndex = a % learners.length;
    const userId = learners[learnerIndex]!;
    const exam = (learnerIndex % o.exams) + 1;
    const ability = 0.35 + 0.55 * ((learnerIndex * 7919) % 1000) / 1000;
    const started = now - pickInt(random, 90) * DAY - pickInt(random, DAY);
    const sessionId = seededUuid(random);
    const mode = random() < 0.4 ? 'mock' : 'practice';
    const offset = pickInt(random, perExam);
    const stride = 1 + pickInt(random, 50);
    let correct = 0;
    for (let p = 0; p < perAttempt; p += 1) {
      // Questions of one exam are exam, exam + exams, exam + 2·exams …; walk them with a stride.
      const question = exam + ((offset + p * stride) % perExam) * o.exams;
      const right = random() < ability;
      if (right) correct += 1;
      await items.stream([sessionId, p, question, question, 0]);
      await answers.stream([userId, sessionId, question, question, right ? '["b"]' : '["a"]', right ? 1 : 0, 15_000 + pickInt(random, 90_000), started + (p + 1) * 60_000]);
    }
    const score = Math.round((correct / perAttempt) * 1000) / 10;
    const submitted = started + perAttempt * 60_000 + 30_000;
    await sessions.stream([sessionId, userId, exam, mode, 'submitted', '{}', perAttempt, started, mode === 'mock' ? started + 130 * 60_000 : null, submitted, submitted, correct, score, score >= 70 ? 1 : 0]);
  }
  // Sessions first: the others reference them.
  await sessions.flush();
  await items.flush();
  await answers.flush();
}

export async function generateBenchDatabase(options: Partial<GenerateOptions> = {}): Promise<GenerateOptions & { seconds: number }> {
  const o = { ...DEFAULT_OPTIONS, ...options };
  const log = o.log ?? (() => undefined);
  const file = path.resolve(o.out);
  const started = performance.now();
  const client = await createGeneratedDatabase(file);
  try {
    // Bulk load: foreign keys are checked per row otherwise, and the data is generated consistent.
    await client.execute('PRAGMA foreign_keys = OFF');
    const random = seededRandom(o.seed);
    const now = Date.UTC(2026, 10, 1);
    await insertCatalog(client, o, now);
    await insertQuestions(client, o, random, now);
    log(`questions: ${o.questions} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    const learners = await insertLearners(client, o, random, now);
    await insertHistory(client, o, learners, random, now);
    log(`attempts and answers (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    await client.execute('PRAGMA foreign_keys = ON');
    await client.execute('ANALYZE');
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    client.close();
  }
  return { ...o, out: file, seconds: secondsSince(started) };
}

function parseArgs(argv: string[]): Partial<GenerateOptions> {
  const result: Partial<GenerateOptions> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '') as keyof GenerateOptions;
    const value = argv[i + 1];
    if (value === undefined || !(key in DEFAULT_OPTIONS)) throw new Error(`Unknown option ${argv[i]}. Options: ${Object.keys(DEFAULT_OPTIONS).join(', ')}`);
    (result as Record<string, unknown>)[key] = key === 'out' ? value : Number(value);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generateBenchDatabase({ ...parseArgs(process.argv.slice(2)), log: (line) => console.log(line) }).then(
    (done) => console.log(`Generated ${done.out} in ${done.seconds} s: ${done.exams} exams, ${done.questions} questions, ${done.learners} learners, ${done.attempts} attempts, ~${done.answers} answers (seed ${done.seed}).`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
