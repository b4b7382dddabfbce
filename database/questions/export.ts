import type { Client } from '@libsql/client';
import {
  kindFieldsOf,
  type ExportQuestion,
  type FileCaseStudy,
  type KindFields,
} from '../../lib/studio/question-model';

/**
 * The current version of every question of an exam, in the exporters' shape. Retired questions
 * are left out unless asked for; drafts are exported (they are part of the bank being written).
 */
export async function loadExportQuestions(
  client: Client,
  examId: number,
  options: { includeRetired?: boolean } = {},
): Promise<ExportQuestion[]> {
  const { rows } = await client.execute({
    sql: `SELECT q.id, q.title, q.type, q.difficulty, o.code AS objective_code, v.stem, v.options, v.settings, v.explanation, v.refs,
            cs.title AS case_title
          FROM questions q
          JOIN objectives o ON o.id = q.objective_id
          LEFT JOIN case_studies cs ON cs.id = q.case_study_id
          JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
          WHERE q.exam_id = ? ${options.includeRetired ? '' : 'AND (q.is_active = 1 OR EXISTS (SELECT 1 FROM question_drafts d WHERE d.question_id = q.id))'}
          ORDER BY q.id`,
    args: [examId],
  });
  return rows.map((row) => ({
    id: Number(row.id),
    ...(row.title ? { name: String(row.title) } : {}),
    type: row.type === 'multiple' ? 'multiple' : 'single',
    stem: String(row.stem),
    options: (
      JSON.parse(String(row.options)) as { id: string; text: string; correct: boolean; match?: unknown }[]
    ).map((o) => ({
      id: o.id,
      text: o.text,
      correct: o.correct === true,
      ...(typeof o.match === 'string' ? { match: o.match } : {}),
    })),
    ...kindFieldsOf(JSON.parse(String(row.settings ?? '{}')) as KindFields),
    explanation: String(row.explanation ?? ''),
    references: JSON.parse(String(row.refs ?? '[]')) as { title: string; url: string }[],
    objectiveCode: String(row.objective_code),
    difficulty: Number(row.difficulty) as 1 | 2 | 3,
    ...(row.case_title ? { caseStudy: String(row.case_title) } : {}),
  }));
}

/** The exam's case studies that have questions, by title (what the exported questions refer to). */
export async function loadExportCaseStudies(client: Client, examId: number): Promise<FileCaseStudy[]> {
  const { rows } = await client.execute({
    sql: `SELECT cs.title, cs.scenario FROM case_studies cs
          WHERE cs.exam_id = ? AND EXISTS (SELECT 1 FROM questions q WHERE q.case_study_id = cs.id)
          ORDER BY cs.title, cs.id`,
    args: [examId],
  });
  return rows.map((r) => ({ title: String(r.title), scenario: String(r.scenario) }));
}
