/**
 * What the attempt pages and the runner receive: plain data, never database rows, and never the
 * answer key of a question the learner has not answered in a mode that shows feedback.
 */
import type { QuestionKind } from './answers';
import type { Exhibit } from './exhibits';
import type { SubmitReason } from './timing';

export type AttemptMode = 'mock' | 'practice' | 'review';
export type AttemptStatus = 'in_progress' | 'submitted' | 'abandoned';

export interface Reference {
  title: string;
  url: string;
}

export interface RunnerOption {
  id: string;
  text: string;
  /** Matching: a premise (the others are its possible responses). */
  premise?: true;
}

export interface RunnerQuestion {
  position: number;
  type: QuestionKind;
  /** How many options to choose: 1 for single response, the size of the key for multiple. */
  choose: number;
  stem: string;
  options: RunnerOption[];
  /** Matching: one response may answer several premises. */
  responsesReusable?: boolean;
  /** Matching/ordering: each right pair/position earns its share (stated to the learner). */
  partialCredit?: boolean;
  /** Shown in practice only (a mock exam does not say which objective a question tests). */
  objective: string | null;
  /** Images, tables, code/log blocks shown beside the stem (absent when there are none). */
  exhibits?: Exhibit[];
  /** The case study this question belongs to (see RunnerView.caseStudies). */
  caseStudyId?: number;
}

/** A case study of an attempt: its scenario once, and where its questions are (a section in a mock). */
export interface CaseStudyView {
  id: number;
  title: string;
  /** Markdown. */
  scenario: string;
  /** Shown under the scenario; absent when it has none. */
  exhibits?: Exhibit[];
  /** The positions of its questions in the attempt, in order. */
  positions: number[];
}

/** Immediate feedback of a practice answer. */
export interface AnswerFeedback {
  /** The question and version answered, for "Report a problem". */
  questionId: number;
  questionVersionId: number;
  correct: boolean;
  /** 0–1; below 1 but above 0 only with partial credit. */
  score: number;
  /** Choice: the key's option ids; matching: the right "premise:response" pairs; ordering: the right order. */
  correctOptionIds: string[];
  explanation: string;
  references: Reference[];
}

export interface RunnerExam {
  slug: string;
  code: string;
  title: string;
}

export interface RunnerView {
  id: string;
  mode: AttemptMode;
  /** A diagnostic test (a practice attempt of its own kind, lib/exam/diagnostic.ts). */
  diagnostic: boolean;
  exam: RunnerExam;
  startedAt: number;
  /** Epoch ms of the server's deadline; null when untimed. */
  deadlineAt: number | null;
  /** The server's clock when the view was made, to correct the client's clock. */
  serverNow: number;
  questions: RunnerQuestion[];
  /** position → chosen option ids (only answered questions). */
  answers: Record<number, string[]>;
  /** position → the stored revision of the answer. */
  revisions: Record<number, number>;
  flags: Record<number, boolean>;
  /** position → option ids struck out (only questions with some); a reading aid, never scored. */
  struck: Record<number, string[]>;
  /** Practice only: feedback of the answered questions. */
  feedback: Record<number, AnswerFeedback>;
  caseStudies: CaseStudyView[];
}

export interface SaveResult {
  position: number;
  revision: number;
  /** Practice: the feedback, once the answer is recorded (also when it was recorded before). */
  feedback?: AnswerFeedback;
}

export interface ObjectiveResult {
  code: string;
  title: string;
  correct: number;
  total: number;
  percent: number;
}

export interface ReviewOption {
  id: string;
  text: string;
  correct: boolean;
  chosen: boolean;
}

export interface ReviewItem {
  position: number;
  /** For "Report a problem": the question and the exact version this attempt showed. */
  questionId: number;
  questionVersionId: number;
  type: QuestionKind;
  stem: string;
  /** The exhibits the version showed (absent when there are none). */
  exhibits?: Exhibit[];
  options: ReviewOption[];
  answered: boolean;
  correct: boolean;
  /** 0–1 (a share when partial credit applied). */
  score: number;
  /** Matching/ordering: the learner's answer and the key as lists (see lib/exam/kinds.ts), and the rule. */
  structured?: { given: string[]; key: string[]; partialCredit: boolean };
  flagged: boolean;
  explanation: string;
  references: Reference[];
  objective: { code: string; title: string } | null;
  timeSpentMs: number;
  caseStudyId?: number;
}

export interface AttemptResultView {
  id: string;
  mode: AttemptMode;
  diagnostic: boolean;
  status: 'submitted' | 'abandoned';
  exam: RunnerExam;
  startedAt: number;
  submittedAt: number | null;
  submitReason: SubmitReason | null;
  timeUsedMs: number;
  timeLimitMs: number | null;
  correct: number;
  total: number;
  answered: number;
  percent: number;
  passingScore: number | null;
  passed: boolean | null;
  byObjective: ObjectiveResult[];
  items: ReviewItem[];
  /** Questions answered wrong or left blank that are still in the bank (for "practice my mistakes"). */
  mistakesAvailable: number;
  caseStudies: CaseStudyView[];
}

export interface AttemptSummary {
  id: string;
  mode: AttemptMode;
  diagnostic: boolean;
  status: AttemptStatus;
  exam: RunnerExam;
  startedAt: number;
  submittedAt: number | null;
  deadlineAt: number | null;
  questionCount: number;
  answered: number;
  correct: number | null;
  percent: number | null;
  passed: boolean | null;
  submitReason: SubmitReason | null;
}

export interface AttemptPage {
  items: AttemptSummary[];
  page: number;
  pageCount: number;
  total: number;
}
