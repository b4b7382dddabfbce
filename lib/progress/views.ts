/**
 * What the dashboard receives: plain, serialisable data (the page renders it on the server and
 * the client refreshes it as JSON), never database rows.
 */
import type { MasteryLevel } from './mastery';
import type { Readiness } from './readiness';
import type { Streak } from './streak';
import type { ExamPlanView } from '../study-plan/daily-plan';

export interface ObjectiveMasteryView {
  code: string;
  title: string;
  weight: number;
  /** Points of the latest session answers considered (up to MASTERY_WINDOW): a partly right answer counts its share. */
  recentCorrect: number;
  recentTotal: number;
  /** Estimated mastery 0–100 (posterior mean, unrounded). */
  estimate: number;
  level: MasteryLevel;
  /** All session answers in this objective, ever. */
  answered: number;
  /** Active questions of this objective in the bank. */
  bankSize: number;
}

export interface ScorePoint {
  sessionId: string;
  mode: 'mock' | 'practice';
  /** A diagnostic test (stored as a timed practice session, issue 18): named so in the table. */
  diagnostic?: boolean;
  /** Epoch ms of submission. */
  at: number;
  percent: number;
  questionCount: number;
}

export interface ReadinessView extends Readiness {
  /** Mock exams used (the latest, up to READINESS_MOCKS). */
  mocksUsed: number;
  /** Answers per objective considered (MASTERY_WINDOW). */
  answersPerObjective: number;
}

export interface ExamProgressView {
  slug: string;
  code: string;
  title: string;
  passingScore: number;
  examQuestionCount: number;
  readiness: ReadinessView;
  /** Weakest first. */
  objectives: ObjectiveMasteryView[];
  /** Oldest first. */
  history: ScorePoint[];
  /** Distinct active questions answered in submitted sessions. */
  seen: number;
  bankSize: number;
  answered: number;
  reviews: number;
  studyTimeMs: number;
  dueToday: number;
  /** Today's study plan, when the learner has set a date for this exam. */
  plan: ExamPlanView | null;
  /** Whole percent of other learners the latest mock (last 90 days) beat; null: none, or too few learners. */
  percentile: number | null;
}

export interface DashboardView {
  generatedAt: number;
  timeZone: string;
  streak: Streak;
  studyTimeMs: number;
  dueToday: number;
  /** Exams the learner studies, most recently active first. */
  exams: ExamProgressView[];
}
