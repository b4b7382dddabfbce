/** The shape of the seed data sets: plain data, validated by database/seeds/validate.ts. */
import type { ExamFacts } from '../../lib/exam/exam-facts';
import type { CodeExhibit, TableExhibit } from '../../lib/exam/exhibits';
import type { SeedImageName } from './exhibit-images';

/** An exhibit of a seed question; an image names one drawn by database/seeds/exhibit-images.ts. */
export type SeedExhibit =
  TableExhibit | CodeExhibit | { kind: 'image'; title: string; alt: string; image: SeedImageName };

export interface SeedObjective {
  /** e.g. "1.0"; unique within the exam. */
  code: string;
  title: string;
  /** Percent of the exam; an exam's weights sum to 100. */
  weight: number;
}

export interface SeedOption {
  text: string;
  correct?: boolean;
  /** Matching: on a premise, the index (in `options`) of its right response. */
  match?: number;
}

export interface SeedQuestion {
  /** Code of one of the exam's objectives. */
  objective: string;
  /** 1 easy, 2 medium, 3 hard. */
  difficulty: 1 | 2 | 3;
  stem: string;
  /** 4–6 options; exactly one correct makes a single-response question, 2+ a multiple-response one. */
  options: SeedOption[];
  explanation: string;
  references?: { title: string; url: string }[];
  /** Matching (premises with `match`, then responses) or ordering (items in the right order). */
  kind?: 'matching' | 'ordering';
  partialCredit?: boolean;
  responsesReusable?: boolean;
  /** Images, tables and code/log blocks shown beside the stem. */
  exhibits?: SeedExhibit[];
}

/** A published case study: a shared scenario (markdown, then exhibits) and the questions that refer to it. */
export interface SeedCaseStudy {
  title: string;
  scenario: string;
  exhibits?: SeedExhibit[];
  questions: SeedQuestion[];
}

export interface SeedExam extends ExamFacts {
  slug: string;
  objectives: SeedObjective[];
  questions: SeedQuestion[];
  caseStudies?: SeedCaseStudy[];
}
