import 'server-only';
import { exhibitsOf } from '@/lib/exam/exhibits';
import type { CaseStudyView } from '@/lib/exam/views';
import type { QuestionRow } from './question-rows';

/** The case studies of an attempt's rows (in position order), each with its questions' positions. */
export function caseStudiesOf(rows: readonly QuestionRow[]): CaseStudyView[] {
  const byId = new Map<number, CaseStudyView>();
  for (const row of rows) {
    if (row.case_study_id === null || row.case_title === null) continue;
    let view = byId.get(row.case_study_id);
    if (!view) {
      view = {
        id: row.case_study_id,
        title: row.case_title,
        scenario: row.case_scenario ?? '',
        positions: [],
      };
      const exhibits = exhibitsOf(row.case_exhibits);
      if (exhibits.length > 0) view.exhibits = exhibits;
      byId.set(row.case_study_id, view);
    }
    view.positions.push(row.position);
  }
  return [...byId.values()];
}

/** `{ caseStudyId }` for a row drawn in a case study that still exists, else nothing. */
export function caseStudyOf(row: QuestionRow): { caseStudyId?: number } {
  return row.case_study_id !== null && row.case_title !== null ? { caseStudyId: row.case_study_id } : {};
}
