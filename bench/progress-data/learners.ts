import type { Client } from '@libsql/client';
import { schedulingValues, type SchedulingState } from '../../lib/review/card-state';
import {
  logRowValues,
  planSessionReviews,
  type SessionAnswer,
  type SessionPlan,
} from '../../lib/review/session-plan';
import { BulkInserter } from '../lib/generated-database';
import { pickInt, seededUuid } from '../lib/random';
import { EXAM_QUESTIONS, type BankQuestion } from './catalog';

const DAY = 86_400_000;
const PRACTICE_SIZE = 20;

interface PlannedSession {
  id: string;
  examId: number;
  mode: 'mock' | 'practice';
  startedAt: number;
  questions: BankQuestion[];
}

/** The sessions of one learner: `answers` answers over the year before `now`, mocks and practice. */
export function planLearner(
  random: () => number,
  bank: BankQuestion[][],
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

/** One inserter per table a learner's history fills, in parent-first order. */
export function learnerTables(client: Client) {
  const table = (head: string, width: number) => new BulkInserter(client, head, width);
  return {
    users: table('INSERT INTO users (id, email, name, role, email_verified_at, created_at, updated_at)', 7),
    sessions: table(
      'INSERT INTO study_sessions (id, user_id, exam_id, mode, status, settings, question_count, started_at, last_activity, submitted_at, correct_count, score_percent, passed, submit_reason)',
      14,
    ),
    shown: table(
      'INSERT INTO session_questions (session_id, position, question_id, question_version_id, flagged, objective_id)',
      6,
    ),
    answers: table(
      'INSERT INTO user_answers (user_id, session_id, question_id, question_version_id, selected, is_correct, time_spent_ms, answered_at, revision)',
      9,
    ),
    cards: table(
      `INSERT INTO review_cards (id, user_id, question_id, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review, suspended, created_at, updated_at)`,
      16,
    ),
    logs: table(
      `INSERT INTO review_logs (card_id, user_id, kind, session_id, objective_id, rating, is_correct, time_spent_ms, reviewed_at,
        previous_state, previous_due, previous_stability, previous_difficulty, due, scheduled_days, idempotency_key)`,
      16,
    ),
    syncs: table('INSERT INTO review_session_syncs (session_id, user_id, answers, synced_at)', 4),
    totals: table(
      'INSERT INTO progress_objective_totals (user_id, objective_id, answered, correct, answer_time_ms, reviews, review_time_ms, last_activity_at)',
      8,
    ),
  };
}
export type LearnerTables = ReturnType<typeof learnerTables>;

export interface LearnerHistory {
  userId: string;
  /** How well the learner answers: the chance of a right answer, around the middle objective. */
  skill: number;
  /** The learner's review cards by question id, as the sessions so far left them. */
  cards: Map<number, { id: number; state: SchedulingState; created: number }>;
  /** The learner's per-objective totals by objective id. */
  totals: Map<number, { answered: number; correct: number; time: number; last: number }>;
}

/**
 * Writes one submitted session (its questions, answers and score) and what the review sync
 * derives from it (cards, logs, totals, the sync row), with the app's own planSessionReviews.
 */
export function addSession(
  t: LearnerTables,
  random: () => number,
  learner: LearnerHistory,
  session: PlannedSession,
  next: { cardId: () => number; slowAfterMs: number },
): void {
  const { userId } = learner;
  const sessionAnswers: SessionAnswer[] = [];
  for (const [position, q] of session.questions.entries()) {
    const answeredAt = session.startedAt + (position + 1) * 40_000;
    const correct = random() < learner.skill + (q.objectiveIndex - 2) * 0.04;
    const time = 15_000 + pickInt(random, 150_000);
    const selected = correct ? '["b"]' : '["a"]';
    t.shown.add([session.id, position, q.id, q.versionId, 0, q.objectiveId]);
    t.answers.add([userId, session.id, q.id, q.versionId, selected, correct ? 1 : 0, time, answeredAt, 1]);
    sessionAnswers.push({
      questionId: q.id,
      objectiveId: q.objectiveId,
      correct,
      timeSpentMs: time,
      answeredAt,
      flagged: false,
      card: learner.cards.get(q.id)?.state ?? null,
    });
  }
  const closedAt = session.startedAt + (session.questions.length + 1) * 40_000;
  const right = sessionAnswers.filter((a) => a.correct).length;
  const percent = (right / session.questions.length) * 100;
  const passed = session.mode === 'mock' ? (percent >= 72 ? 1 : 0) : null;
  t.sessions.add([
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
    passed,
    'learner',
  ]);
  const plan = planSessionReviews(session.id, sessionAnswers, next.slowAfterMs);
  for (const { questionId, next: state } of plan.cards) {
    const card = learner.cards.get(questionId);
    if (card) card.state = state;
    else learner.cards.set(questionId, { id: next.cardId(), state, created: closedAt });
  }
  addLogsAndTotals(t, learner, session.id, plan);
  t.syncs.add([session.id, userId, plan.logs.length, closedAt]);
}

function addLogsAndTotals(t: LearnerTables, learner: LearnerHistory, sessionId: string, plan: SessionPlan) {
  for (const log of plan.logs) {
    t.logs.add([
      learner.cards.get(log.questionId)!.id,
      learner.userId,
      'session',
      sessionId,
      ...logRowValues(log),
    ]);
  }
  for (const objective of plan.totals) {
    const total = learner.totals.get(objective.objectiveId) ?? { answered: 0, correct: 0, time: 0, last: 0 };
    total.answered += objective.answered;
    total.correct += objective.correct;
    total.time += objective.answerTimeMs;
    total.last = Math.max(total.last, objective.lastActivityAt);
    learner.totals.set(objective.objectiveId, total);
  }
}

/** The learner's cards and totals as its sessions left them (written once, after the sessions). */
export function addCardsAndTotals(t: LearnerTables, learner: LearnerHistory): void {
  for (const [questionId, card] of learner.cards) {
    t.cards.add([
      card.id,
      learner.userId,
      questionId,
      ...schedulingValues(card.state),
      0,
      card.created,
      card.created,
    ]);
  }
  for (const [objectiveId, total] of learner.totals)
    t.totals.add([learner.userId, objectiveId, total.answered, total.correct, total.time, 0, 0, total.last]);
}
