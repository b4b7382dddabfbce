import type { InStatement } from '@libsql/client';
import { importWarning, type FileCaseStudy, type ImportProblem } from '../../lib/studio/question-model';
import type { ImportExam, ImportPlan, ImportWriteOptions } from './import-plan';

/**
 * The case studies of an import (JSON's `caseStudies`): a title the exam already has is joined
 * (its scenario kept as it is, with a warning), any other is created in the import's batch,
 * published with the questions (a draft with draft questions). Questions refer to them by title.
 */
export function planCaseStudies(
  exam: ImportExam,
  caseStudies: readonly FileCaseStudy[],
  problems: ImportProblem[],
): FileCaseStudy[] {
  const existing = new Set((exam.caseStudies ?? []).map((c) => c.title));
  const created: FileCaseStudy[] = [];
  for (const c of caseStudies) {
    if (existing.has(c.title))
      problems.push(
        importWarning(
          1,
          `Case study "${c.title}" already exists in ${exam.title}: its questions join it and its scenario stays as it is.`,
        ),
      );
    else created.push(c);
  }
  return created;
}

/** The INSERTs of the case studies an import creates; they run before its questions. */
export function caseStudyStatements(plan: ImportPlan, options: ImportWriteOptions): InStatement[] {
  return (plan.caseStudies ?? []).map((c) => ({
    sql: `INSERT INTO case_studies (exam_id, title, scenario, status, created_by, updated_by, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      plan.exam.id,
      c.title,
      c.scenario,
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
