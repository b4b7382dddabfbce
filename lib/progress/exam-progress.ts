import { compareWeakestFirst, estimateAccuracy, masteryLevel, MASTERY_WINDOW } from './mastery';
import { predictReadiness } from './readiness';
import type { ExamProgressView, ObjectiveMasteryView, ScorePoint } from './views';

/** How many of the latest mock exams the readiness model uses. */
export const READINESS_MOCKS = 5;

export interface ExamFacts {
  slug: string;
  code: string;
  title: string;
  passingScore: number;
  questionCount: number;
}

export interface ObjectiveFacts {
  id: number;
  code: string;
  title: string;
  weight: number;
  bankSize: number;
  answered: number;
  answerTimeMs: number;
  reviews: number;
  reviewTimeMs: number;
}

/**
 * An objective's latest session answers (up to MASTERY_WINDOW, mock and practice), counted,
 * with how many of them came from the mocks the readiness model uses (those count as mocks).
 */
export interface ObjectiveWindow {
  objectiveId: number;
  correct: number;
  total: number;
  fromMocksCorrect: number;
  fromMocksTotal: number;
}

export interface MockFacts {
  sessionId: string;
  percent: number;
  questionCount: number;
}

export interface ExamProgressInput {
  exam: ExamFacts;
  objectives: readonly ObjectiveFacts[];
  windows: readonly ObjectiveWindow[];
  /** The latest submitted mock exams, newest first (the windows' "fromMocks" counts are of these). */
  mocks: readonly MockFacts[];
  history: readonly ScorePoint[];
  seen: number;
  dueToday: number;
}

/**
 * One exam's progress from the facts the server gathered: mastery per objective (weakest
 * first) from each objective's latest answers, and readiness from those answers (minus the
 * ones given in the mocks it uses, which count as mocks) together with the latest mocks.
 */
export function buildExamProgress(input: ExamProgressInput): ExamProgressView {
  const mocks = input.mocks.slice(0, READINESS_MOCKS);
  const windows = new Map(input.windows.map((w) => [w.objectiveId, w]));

  const ranked = input.objectives.map((objective) => {
    const window = windows.get(objective.id) ?? {
      objectiveId: objective.id,
      correct: 0,
      total: 0,
      fromMocksCorrect: 0,
      fromMocksTotal: 0,
    };
    const counts = { correct: window.correct, total: window.total };
    const estimate = estimateAccuracy(counts);
    const view: ObjectiveMasteryView = {
      code: objective.code,
      title: objective.title,
      weight: objective.weight,
      recentCorrect: counts.correct,
      recentTotal: counts.total,
      estimate: estimate.mean * 100,
      level: masteryLevel(estimate, input.exam.passingScore),
      answered: objective.answered,
      bankSize: objective.bankSize,
    };
    const practice = {
      correct: window.correct - window.fromMocksCorrect,
      total: window.total - window.fromMocksTotal,
    };
    return { view, estimate, weight: objective.weight, code: objective.code, practice };
  });
  ranked.sort(compareWeakestFirst);

  const readiness = predictReadiness({
    objectives: ranked.map((r) => ({ weight: r.weight, ...r.practice })),
    mocks: mocks.map((m) => ({ percent: m.percent, questionCount: m.questionCount })),
    examQuestionCount: input.exam.questionCount,
    passingScore: input.exam.passingScore,
  });

  return {
    slug: input.exam.slug,
    code: input.exam.code,
    title: input.exam.title,
    passingScore: input.exam.passingScore,
    examQuestionCount: input.exam.questionCount,
    readiness: { ...readiness, mocksUsed: mocks.length, answersPerObjective: MASTERY_WINDOW },
    objectives: ranked.map((r) => r.view),
    history: [...input.history].sort((a, b) => a.at - b.at),
    seen: input.seen,
    bankSize: input.objectives.reduce((sum, o) => sum + o.bankSize, 0),
    answered: input.objectives.reduce((sum, o) => sum + o.answered, 0),
    reviews: input.objectives.reduce((sum, o) => sum + o.reviews, 0),
    studyTimeMs: input.objectives.reduce((sum, o) => sum + o.answerTimeMs + o.reviewTimeMs, 0),
    dueToday: input.dueToday,
    // Added by the server for exams with a date (server/study-plan/plan-facts.ts).
    plan: null,
    // Added by the server from latest_mock_scores (server/percentile/queries.ts).
    percentile: null,
  };
}
