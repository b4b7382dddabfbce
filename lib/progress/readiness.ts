import { estimateAccuracy, type AnswerTally } from './mastery';

/**
 * The predicted score on the real exam, with an honest band.
 *
 * Two independent sources of evidence:
 * - the objective model: accuracy in each objective (recent practice answers, see mastery.ts),
 *   weighted by the exam's objective weights, exactly as the exam blueprint mixes them;
 * - the learner's last few mock exams, which measure the same thing under exam conditions.
 * Answers of those mocks are left out of the objective model so nothing is counted twice.
 * Each source is weighted by how much it knows (inverse variance): a dozen practice answers
 * barely move a prediction based on three full mocks, and vice versa.
 *
 * The band is a 90% interval for the score the learner would get on the real exam: the
 * uncertainty of our estimate PLUS the luck of drawing that exam's N questions, which alone is
 * about ±8 points on a 65-question exam at 80%. It never pretends to be narrower than that.
 */
export interface ObjectiveEvidence extends AnswerTally {
  /** The objective's share of the exam in percent (weights need not sum to 100). */
  weight: number;
}

export interface MockEvidence {
  /** Score 0–100. */
  percent: number;
  questionCount: number;
}

export interface ReadinessInput {
  objectives: readonly ObjectiveEvidence[];
  mocks: readonly MockEvidence[];
  examQuestionCount: number;
  passingScore: number;
}

export type ReadinessVerdict = 'green' | 'amber' | 'red' | 'unknown';

export interface Readiness {
  enoughData: boolean;
  /** 0–100, unrounded. */
  predicted: number;
  low: number;
  high: number;
  /** green: even the band's low end passes; red: even its high end fails; amber: in between. */
  verdict: ReadinessVerdict;
  practiceAnswers: number;
  mockCount: number;
  /** How much the objective model weighs in the prediction, 0–1 (the rest is the mocks). */
  practiceShare: number;
}

/** z for a two-sided 90% interval. */
const Z90 = 1.645;
/**
 * We predict only once our own estimate is within ±this many points (90%). The exam's luck is
 * left out of this test: it does not shrink with more study, and on a short exam it alone
 * would keep the answer at "not enough data" forever. One full mock exam is just enough.
 */
export const MAX_ESTIMATE_HALF_WIDTH = 12;
/** With no mock exam, at least this many practice answers before predicting anything. */
export const MIN_PRACTICE_ANSWERS = 20;
/** Ability drifts between attempts; one mock is never a perfect measurement of today. */
const MOCK_DRIFT_SD = 0.05;

function objectiveModel(objectives: readonly ObjectiveEvidence[]): { mean: number; variance: number } | null {
  const totalWeight = objectives.reduce((sum, o) => sum + Math.max(0, o.weight), 0);
  if (totalWeight <= 0) return null;
  let mean = 0;
  let variance = 0;
  for (const objective of objectives) {
    const w = Math.max(0, objective.weight) / totalWeight;
    const estimate = estimateAccuracy(objective);
    mean += w * estimate.mean;
    variance += w * w * estimate.variance;
  }
  return { mean, variance };
}

function mockModel(mocks: readonly MockEvidence[]): { mean: number; variance: number } | null {
  if (mocks.length === 0) return null;
  const scores = mocks.map((m) => Math.min(1, Math.max(0, m.percent / 100)));
  const n = scores.length;
  const mean = scores.reduce((s, v) => s + v, 0) / n;
  const questions = mocks.reduce((s, m) => s + Math.max(1, m.questionCount), 0) / n;
  // Binomial noise of one mock, plus drift; or the scatter actually seen, if larger.
  const perMock = Math.max(1e-4, mean * (1 - mean)) / questions + MOCK_DRIFT_SD ** 2;
  const observed = n > 1 ? scores.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, variance: Math.max(perMock, observed) / n };
}

const clampPercent = (value: number) => Math.min(100, Math.max(0, value));

export function predictReadiness(input: ReadinessInput): Readiness {
  const practiceAnswers = input.objectives.reduce((sum, o) => sum + Math.max(0, o.total), 0);
  const objective = objectiveModel(input.objectives);
  const mock = mockModel(input.mocks);
  let mean: number;
  let variance: number;
  let practiceShare: number;
  if (objective && mock) {
    const precisionA = 1 / objective.variance;
    const precisionB = 1 / mock.variance;
    mean = (objective.mean * precisionA + mock.mean * precisionB) / (precisionA + precisionB);
    variance = 1 / (precisionA + precisionB);
    practiceShare = precisionA / (precisionA + precisionB);
  } else if (objective || mock) {
    ({ mean, variance } = (objective ?? mock)!);
    practiceShare = objective ? 1 : 0;
  } else {
    return {
      enoughData: false,
      predicted: 0,
      low: 0,
      high: 100,
      verdict: 'unknown',
      practiceAnswers,
      mockCount: 0,
      practiceShare: 0,
    };
  }
  const examNoise = (mean * (1 - mean)) / Math.max(1, input.examQuestionCount);
  const halfWidth = Z90 * Math.sqrt(variance + examNoise) * 100;
  const estimateHalfWidth = Z90 * Math.sqrt(variance) * 100;
  const predicted = mean * 100;
  const low = clampPercent(predicted - halfWidth);
  const high = clampPercent(predicted + halfWidth);
  const enoughData =
    (input.mocks.length > 0 || practiceAnswers >= MIN_PRACTICE_ANSWERS) &&
    estimateHalfWidth <= MAX_ESTIMATE_HALF_WIDTH;
  const verdict: ReadinessVerdict = !enoughData
    ? 'unknown'
    : low >= input.passingScore
      ? 'green'
      : high < input.passingScore
        ? 'red'
        : 'amber';
  return {
    enoughData,
    predicted,
    low,
    high,
    verdict,
    practiceAnswers,
    mockCount: input.mocks.length,
    practiceShare,
  };
}
