/**
 * npx tsx bench/progress-data.ts [--learners 10000] [--answers 1000000] [--heavy 50000] [--seed 6] [--out <file>]
 *
 * The progress/review benchmark database, deterministic from the seed: three published exams
 * (five weighted objectives, 600 questions each), `learners` learners with `answers` answers in
 * submitted mock exams and practice sessions over the past year, ONE heavy learner among them
 * with `heavy` answers (the learner the dashboard is measured for), and everything issue 6
 * derives from those answers: review cards, review logs, synced-session rows and per-objective
 * totals, computed with the same pure functions the app uses (lib/review/session-plan).
 * bench/progress.bench.ts builds it on first use.
 */
import os from 'node:os';
import path from 'node:path';
import { slowThresholdMs } from '../lib/review/rating';
import { numberOption } from './lib/harness';
import { createGeneratedDatabase, secondsSince } from './lib/generated-database';
import { pickInt, seededRandom, seededUuid } from './lib/random';
import {
  EXAM_MINUTES,
  EXAM_QUESTIONS,
  EXAMS,
  insertCatalog,
  type BankQuestion,
} from './progress-data/catalog';
import type { Client } from '@libsql/client';
import {
  addCardsAndTotals,
  addSession,
  learnerTables,
  planLearner,
  type LearnerHistory,
} from './progress-data/learners';

export { EXAMS, QUESTIONS_PER_EXAM } from './progress-data/catalog';
export const HEAVY_LEARNER_ID = '00000000-0000-4000-8000-00000000f00d';
const DAY = 86_400_000;

export interface ProgressDataOptions {
  learners: number;
  answers: number;
  heavy: number;
  seed: number;
  out: string;
  /** "Now" of the data set: sessions end before it. */
  now: number;
}

export function defaultProgressDataFile(
  o: Pick<ProgressDataOptions, 'learners' | 'answers' | 'heavy' | 'seed'>,
): string {
  return path.join(
    os.tmpdir(),
    'pingtopass-bench',
    `progress-${o.learners}-${o.answers}-${o.heavy}-seed${o.seed}-v1.db`,
  );
}

export async function generateProgressData(
  options: Partial<ProgressDataOptions> = {},
): Promise<ProgressDataOptions & { seconds: number; cards: number }> {
  const o: ProgressDataOptions = {
    learners: options.learners ?? 10_000,
    answers: options.answers ?? 1_000_000,
    heavy: options.heavy ?? 50_000,
    seed: options.seed ?? 6,
    now: options.now ?? Date.UTC(2026, 10, 20, 12),
    out: '',
  };
  o.out = path.resolve(options.out ?? defaultProgressDataFile(o));
  const started = performance.now();
  const client = await createGeneratedDatabase(o.out);
  try {
    await client.execute('PRAGMA synchronous = OFF');
    const at = o.now - 400 * DAY;
    const bank = await insertCatalog(client, at);
    const cards = await insertLearners(client, o, bank, at);
    // No ANALYZE: databases made by the migrator have no statistics, and the plans measured
    // must be the plans production gets.
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    return { ...o, cards, seconds: secondsSince(started) };
  } finally {
    client.close();
  }
}

/** Every learner with its history (the heavy learner first); returns how many cards they have. */
async function insertLearners(
  client: Client,
  o: ProgressDataOptions,
  bank: BankQuestion[][],
  at: number,
): Promise<number> {
  const random = seededRandom(o.seed);
  const t = learnerTables(client);
  const slowAfterMs = slowThresholdMs({ durationMinutes: EXAM_MINUTES, questionCount: EXAM_QUESTIONS });
  const perOther = Math.floor((o.answers - o.heavy) / Math.max(1, o.learners - 1));
  let extra = o.answers - o.heavy - perOther * (o.learners - 1);
  let nextCardId = 1;
  let cardCount = 0;
  for (let l = 0; l < o.learners; l += 1) {
    const heavy = l === 0;
    const userId = heavy ? HEAVY_LEARNER_ID : seededUuid(random);
    const email = heavy ? 'heavy@bench.local' : `learner-${l}@bench.local`;
    t.users.add([userId, email, heavy ? 'Heavy Learner' : `Learner ${l}`, 'learner', at, at, at]);
    const count = heavy ? o.heavy : perOther + (extra-- > 0 ? 1 : 0);
    // The heavy learner studies two exams; others one or two.
    const exams = heavy
      ? [1, 1, 1, 2]
      : random() < 0.7
        ? [1 + pickInt(random, EXAMS)]
        : [1 + pickInt(random, EXAMS), 1 + pickInt(random, EXAMS)];
    const learner: LearnerHistory = {
      userId,
      skill: 0.45 + random() * 0.45,
      cards: new Map(),
      totals: new Map(),
    };
    for (const session of planLearner(random, bank, count, exams, o.now))
      addSession(t, random, learner, session, { cardId: () => nextCardId++, slowAfterMs });
    addCardsAndTotals(t, learner);
    cardCount += learner.cards.size;
    // Parents before children: the foreign keys stay on, so the data is known to be sound.
    if (l % 200 === 199 || l === o.learners - 1) {
      for (const inserter of Object.values(t)) await inserter.flush();
    }
  }
  return cardCount;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outAt = process.argv.indexOf('--out');
  const done = await generateProgressData({
    learners: numberOption('learners', 10_000),
    answers: numberOption('answers', 1_000_000),
    heavy: numberOption('heavy', 50_000),
    seed: numberOption('seed', 6),
    out: outAt >= 0 ? process.argv[outAt + 1] : undefined,
  });
  console.log(
    `${done.out}: ${done.learners} learners, ${done.answers} answers (${done.heavy} for the heavy learner), ${done.cards} cards, in ${done.seconds} s`,
  );
}
