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
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client, type InStatement, type InValue } from '@libsql/client';
import { DEFAULT_MIGRATIONS_DIR, migrateUp } from '../database/migrator';
import type { SchedulingState } from '../lib/review/card-state';
import { RATING_NUMBER, slowThresholdMs } from '../lib/review/rating';
import { planSessionReviews, type SessionAnswer } from '../lib/review/session-plan';
import { pickInt, seededRandom, seededUuid } from './lib/random';

export const HEAVY_LEARNER_ID = '00000000-0000-4000-8000-00000000f00d';
export const EXAMS = 3;
export const QUESTIONS_PER_EXAM = 600;
const WEIGHTS = [30, 25, 20, 15, 10];
const DAY = 86_400_000;
const EXAM_MINUTES = 130;
const EXAM_QUESTIONS = 65;
const PRACTICE_SIZE = 20;

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

/**
 * Multi-row INSERTs of at most ~30,000 values each, committed when flushed: the caller flushes
 * the tables parents first, so the foreign keys (left on) hold at every commit.
 */
class BulkInserter {
  private rows: InValue[][] = [];
  private statements: InStatement[] = [];
  private readonly perStatement: number;
  constructor(
    private readonly client: Client,
    private readonly head: string,
    private readonly width: number,
  ) {
    this.perStatement = Math.floor(30_000 / width);
  }

  add(row: InValue[]): void {
    this.rows.push(row);
    if (this.rows.length >= this.perStatement) this.cut();
  }

  private cut() {
    if (this.rows.length === 0) return;
    const one = `(${Array(this.width).fill('?').join(', ')})`;
    this.statements.push({
      sql: `${this.head} VALUES ${this.rows.map(() => one).join(', ')}`,
      args: this.rows.flat(),
    });
    this.rows = [];
  }

  async flush(): Promise<void> {
    this.cut();
    const statements = this.statements;
    this.statements = [];
    for (let i = 0; i < statements.length; i += 20)
      await this.client.batch(statements.slice(i, i + 20), 'write');
  }
}

interface Question {
  id: number;
  versionId: number;
  examId: number;
  objectiveId: number;
  objectiveIndex: number;
}

interface PlannedSession {
  id: string;
  examId: number;
  mode: 'mock' | 'practice';
  startedAt: number;
  questions: Question[];
}

/** The sessions of one learner: `answers` answers over the year before `now`, mocks and practice. */
function planLearner(
  random: () => number,
  bank: Question[][],
  answers: number,
  exams: number[],
  now: number,
): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  let left = answers;
  while (left > 0) {
    const mock = random() < 0.15 && left >= EXAM_QUESTIONS;
    const size = Math.min(left, mock ? EXAM_QUESTIONS : PRACTICE_SIZE);
    const examId = exams[pickInt(random, exams.length)]!;
    const pool = bank[examId - 1]!;
    const picked = new Set<number>();
    while (picked.size < size) picked.add(pickInt(random, pool.length));
    sessions.push({
      id: seededUuid(random),
      examId,
      mode: mock ? 'mock' : 'practice',
      startedAt: 0,
      questions: [...picked].map((i) => pool[i]!),
    });
    left -= size;
  }
  // Spread over the past year, in order, the last one a few hours ago.
  const span = 365 * DAY;
  sessions.forEach((s, i) => {
    s.startedAt = now - span + Math.floor(((i + random() * 0.5) / sessions.length) * span) - 6 * 3_600_000;
  });
  return sessions;
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
  mkdirSync(path.dirname(o.out), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(o.out + suffix, { force: true });
  const started = performance.now();
  const random = seededRandom(o.seed);
  const client = createClient({ url: `file:${o.out}`, intMode: 'number' });
  let cardCount = 0;
  try {
    await migrateUp(client, { dir: DEFAULT_MIGRATIONS_DIR, env: 'development' });
    await client.execute('PRAGMA synchronous = OFF');
    const at = o.now - 400 * DAY;

    // Catalog: exams, objectives, questions, one version each (one right option of four).
    const bank: Question[][] = [];
    const catalog = [];
    for (let e = 1; e <= EXAMS; e += 1) {
      catalog.push({
        sql: `INSERT INTO exams (id, slug, code, title, vendor, description, duration_minutes, question_count, passing_score, status, created_at, updated_at)
          VALUES (?, ?, ?, ?, 'Bench', '', ?, ?, 72, 'published', ?, ?)`,
        args: [e, `bench-exam-${e}`, `BEN-${e}00`, `Bench Exam ${e}`, EXAM_MINUTES, EXAM_QUESTIONS, at, at],
      });
      WEIGHTS.forEach((weight, k) =>
        catalog.push({
          sql: 'INSERT INTO objectives (id, exam_id, code, title, weight, position) VALUES (?, ?, ?, ?, ?, ?)',
          args: [(e - 1) * 10 + k + 1, e, `${k + 1}.0`, `Objective ${k + 1}`, weight, k],
        }),
      );
    }
    await client.batch(catalog, 'write');
    const questions = new BulkInserter(
      client,
      'INSERT INTO questions (id, exam_id, objective_id, type, difficulty, is_active, current_version, created_at, updated_at)',
      9,
    );
    const versions = new BulkInserter(
      client,
      'INSERT INTO question_versions (id, question_id, version, stem, options, explanation, refs, created_at)',
      8,
    );
    const options4 = JSON.stringify(
      ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}`, correct: id === 'b' })),
    );
    for (let e = 1; e <= EXAMS; e += 1) {
      const list: Question[] = [];
      for (let i = 0; i < QUESTIONS_PER_EXAM; i += 1) {
        const id = (e - 1) * QUESTIONS_PER_EXAM + i + 1;
        const objectiveIndex = i % WEIGHTS.length;
        const objectiveId = (e - 1) * 10 + objectiveIndex + 1;
        questions.add([id, e, objectiveId, 'single', 1 + (i % 3), 1, 1, at, at]);
        versions.add([
          id,
          id,
          1,
          `Bench question ${id}: which option is right?`,
          options4,
          `Explanation of question ${id}.`,
          '[]',
          at,
        ]);
        list.push({ id, versionId: id, examId: e, objectiveId, objectiveIndex });
      }
      bank.push(list);
    }
    await questions.flush();
    await versions.flush();

    const users = new BulkInserter(
      client,
      'INSERT INTO users (id, email, name, role, email_verified_at, created_at, updated_at)',
      7,
    );
    const sessions = new BulkInserter(
      client,
      'INSERT INTO study_sessions (id, user_id, exam_id, mode, status, settings, question_count, started_at, last_activity, submitted_at, correct_count, score_percent, passed, submit_reason)',
      14,
    );
    const shown = new BulkInserter(
      client,
      'INSERT INTO session_questions (session_id, position, question_id, question_version_id, flagged, objective_id)',
      6,
    );
    const answers = new BulkInserter(
      client,
      'INSERT INTO user_answers (user_id, session_id, question_id, question_version_id, selected, is_correct, time_spent_ms, answered_at, revision)',
      9,
    );
    const logs = new BulkInserter(
      client,
      `INSERT INTO review_logs (card_id, user_id, kind, session_id, objective_id, rating, is_correct, time_spent_ms, reviewed_at,
        previous_state, previous_due, previous_stability, previous_difficulty, due, scheduled_days, idempotency_key)`,
      16,
    );
    const cards = new BulkInserter(
      client,
      `INSERT INTO review_cards (id, user_id, question_id, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review, suspended, created_at, updated_at)`,
      16,
    );
    const syncs = new BulkInserter(
      client,
      'INSERT INTO review_session_syncs (session_id, user_id, answers, synced_at)',
      4,
    );
    const totals = new BulkInserter(
      client,
      'INSERT INTO progress_objective_totals (user_id, objective_id, answered, correct, answer_time_ms, reviews, review_time_ms, last_activity_at)',
      8,
    );
    const slowAfterMs = slowThresholdMs({ durationMinutes: EXAM_MINUTES, questionCount: EXAM_QUESTIONS });
    const perOther = Math.floor((o.answers - o.heavy) / Math.max(1, o.learners - 1));
    let extra = o.answers - o.heavy - perOther * (o.learners - 1);
    let nextCardId = 1;

    for (let l = 0; l < o.learners; l += 1) {
      const heavy = l === 0;
      const userId = heavy ? HEAVY_LEARNER_ID : seededUuid(random);
      users.add([
        userId,
        heavy ? 'heavy@bench.local' : `learner-${l}@bench.local`,
        heavy ? 'Heavy Learner' : `Learner ${l}`,
        'learner',
        at,
        at,
        at,
      ]);
      const count = heavy ? o.heavy : perOther + (extra-- > 0 ? 1 : 0);
      // The heavy learner studies two exams; others one or two.
      const exams = heavy
        ? [1, 1, 1, 2]
        : random() < 0.7
          ? [1 + pickInt(random, EXAMS)]
          : [1 + pickInt(random, EXAMS), 1 + pickInt(random, EXAMS)];
      const skill = 0.45 + random() * 0.45;
      const learnerCards = new Map<number, { id: number; state: SchedulingState; created: number }>();
      const learnerTotals = new Map<
        number,
        { answered: number; correct: number; time: number; last: number }
      >();
      for (const session of planLearner(random, bank, count, exams, o.now)) {
        const sessionAnswers: SessionAnswer[] = [];
        for (const [position, q] of session.questions.entries()) {
          const answeredAt = session.startedAt + (position + 1) * 40_000;
          const correct = random() < skill + (q.objectiveIndex - 2) * 0.04;
          const time = 15_000 + pickInt(random, 150_000);
          shown.add([session.id, position, q.id, q.versionId, 0, q.objectiveId]);
          answers.add([
            userId,
            session.id,
            q.id,
            q.versionId,
            correct ? '["b"]' : '["a"]',
            correct ? 1 : 0,
            time,
            answeredAt,
            1,
          ]);
          sessionAnswers.push({
            questionId: q.id,
            objectiveId: q.objectiveId,
            correct,
            timeSpentMs: time,
            answeredAt,
            flagged: false,
            card: learnerCards.get(q.id)?.state ?? null,
          });
        }
        const closedAt = session.startedAt + (session.questions.length + 1) * 40_000;
        const right = sessionAnswers.filter((a) => a.correct).length;
        const percent = (right / session.questions.length) * 100;
        sessions.add([
          session.id,
          userId,
          session.examId,
          session.mode,
          'submitted',
          '{}',
          session.questions.length,
          session.startedAt,
          closedAt,
          closedAt,
          right,
          percent,
          session.mode === 'mock' ? (percent >= 72 ? 1 : 0) : null,
          'learner',
        ]);
        const plan = planSessionReviews(session.id, sessionAnswers, slowAfterMs);
        for (const { questionId, next } of plan.cards) {
          const card = learnerCards.get(questionId);
          if (card) card.state = next;
          else learnerCards.set(questionId, { id: nextCardId++, state: next, created: closedAt });
        }
        for (const log of plan.logs) {
          logs.add([
            learnerCards.get(log.questionId)!.id,
            userId,
            'session',
            session.id,
            log.objectiveId,
            RATING_NUMBER[log.rating],
            log.correct ? 1 : 0,
            log.timeSpentMs,
            log.reviewedAt,
            log.previous.state,
            log.previous.due,
            log.previous.stability,
            log.previous.difficulty,
            log.next.due,
            log.next.scheduledDays,
            log.idempotencyKey,
          ]);
        }
        for (const t of plan.totals) {
          const total = learnerTotals.get(t.objectiveId) ?? { answered: 0, correct: 0, time: 0, last: 0 };
          total.answered += t.answered;
          total.correct += t.correct;
          total.time += t.answerTimeMs;
          total.last = Math.max(total.last, t.lastActivityAt);
          learnerTotals.set(t.objectiveId, total);
        }
        syncs.add([session.id, userId, plan.logs.length, closedAt]);
      }
      for (const [questionId, card] of learnerCards) {
        const s = card.state;
        cards.add([
          card.id,
          userId,
          questionId,
          s.state,
          s.due,
          s.stability,
          s.difficulty,
          s.elapsedDays,
          s.scheduledDays,
          s.learningSteps,
          s.reps,
          s.lapses,
          s.lastReview,
          0,
          card.created,
          card.created,
        ]);
      }
      cardCount += learnerCards.size;
      for (const [objectiveId, t] of learnerTotals)
        totals.add([userId, objectiveId, t.answered, t.correct, t.time, 0, 0, t.last]);
      // Parents before children: the foreign keys stay on, so the data is known to be sound.
      if (l % 200 === 199 || l === o.learners - 1) {
        for (const inserter of [users, sessions, shown, answers, cards, logs, syncs, totals])
          await inserter.flush();
      }
    }
    // No ANALYZE: databases made by the migrator have no statistics, and the plans measured
    // must be the plans production gets.
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    client.close();
  }
  return { ...o, cards: cardCount, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outAt = process.argv.indexOf('--out');
  const done = await generateProgressData({
    learners: option('learners', 10_000),
    answers: option('answers', 1_000_000),
    heavy: option('heavy', 50_000),
    seed: option('seed', 6),
    out: outAt >= 0 ? process.argv[outAt + 1] : undefined,
  });
  console.log(
    `${done.out}: ${done.learners} learners, ${done.answers} answers (${done.heavy} for the heavy learner), ${done.cards} cards, in ${done.seconds} s`,
  );
}
