import type { InStatement } from '@libsql/client';
import { importWarning, type ImportedCaseStudy, type ImportProblem } from '../../lib/studio/question-model';
import type { Exhibit } from '../../lib/exam/exhibits';
import type { ImportedExhibit } from '../../lib/studio/formats/json-exhibits';
import type { ImportExam, ImportPlan, ImportWriteOptions } from './import-plan';

/** A case study to create, its exhibits as stored (images by hash, in `ImportPlan.media`). */
export interface PlannedCaseStudy {
  title: string;
  scenario: string;
  exhibits: Exhibit[];
}

/**
 * The case studies of an import (JSON's `caseStudies`): a title the exam already has is joined
 * (its scenario kept as it is, with a warning), any other is created in the import's batch,
 * published with the questions (a draft with draft questions). Questions refer to them by title.
 * `planImages` turns a created case's exhibits into stored ones (its images join the plan's media).
 */
export function planCaseStudies(
  exam: ImportExam,
  caseStudies: readonly ImportedCaseStudy[],
  problems: ImportProblem[],
  planImages: (exhibits: readonly ImportedExhibit[]) => Exhibit[],
): PlannedCaseStudy[] {
  const existing = new Set((exam.caseStudies ?? []).map((c) => c.title));
  const created: PlannedCaseStudy[] = [];
  for (const c of caseStudies) {
    if (existing.has(c.title))
      problems.push(
        importWarning(
          1,
          `Case study "${c.title}" already exists in ${exam.title}: its questions join it and its scenario stays as it is.`,
        ),
      );
    else created.push({ title: c.title, scenario: c.scenario, exhibits: planImages(c.exhibits ?? []) });
  }
  return created;
}

/** The INSERTs of the case studies an import creates; they run after its media, before its questions. */
export function caseStudyStatements(plan: ImportPlan, options: ImportWriteOptions): InStatement[] {
  return (plan.caseStudies ?? []).map((c) => ({
    sql: `INSERT INTO case_studies (exam_id, title, scenario, exhibits, status, created_by, updated_by, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      plan.exam.id,
      c.title,
      c.scenario,
      JSON.stringify(c.exhibits),
      options.asDraft ? 'draft' : 'published',
      options.authorId,
      options.authorId,
      options.now,
      options.now,
    ],
  }));
}

/** A question's case_study_id as SQL: the exam's newest case study of that title, or NULL. */
export function caseStudyOf(
  examId: number,
  title: string | undefined,
): { sql: string; args: (string | number)[] } {
  if (title === undefined) return { sql: 'NULL', args: [] };
  return {
    sql: '(SELECT id FROM case_studies WHERE exam_id = ? AND title = ? ORDER BY id DESC LIMIT 1)',
    args: [examId, title],
  };
}
