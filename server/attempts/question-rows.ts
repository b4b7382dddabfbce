import 'server-only';
import type { Client, InStatement, ResultSet } from '@libsql/client';
import { z } from 'zod';
import { jsonRowsOf, selectJsonRows } from '../json-rows';

// The questions of an attempt with their pinned versions, the objective they had when shown,
// and the stored answers, as one JSON document (selectJsonRows): the runner page reads this on
// every view, and as 65 result rows it cost 2.0 ms, as JSON 0.8 ms. A question drawn in a case
// study carries the case's title, scenario and exhibits (a few questions a case: cheaper than a second read).
const QUESTIONS_SQL = `SELECT json_group_array(json_object(
    'position', sq.position, 'question_id', sq.question_id, 'question_version_id', sq.question_version_id,
    'flagged', sq.flagged, 'struck', sq.struck, 'objective_id', coalesce(sq.objective_id, q.objective_id), 'type', q.type, 'stem', v.stem, 'options', v.options, 'settings', v.settings, 'exhibits', v.exhibits, 'explanation', v.explanation,
    'refs', v.refs, 'objective_code', o.code, 'objective_title', o.title,
    'selected', ua.selected, 'revision', ua.revision, 'time_spent_ms', ua.time_spent_ms,
    'case_study_id', cs.id, 'case_title', cs.title, 'case_scenario', cs.scenario,
    'case_exhibits', cs.exhibits)) AS rows
  FROM session_questions sq
  JOIN question_versions v ON v.id = sq.question_version_id
  LEFT JOIN questions q ON q.id = sq.question_id
  LEFT JOIN objectives o ON o.id = coalesce(sq.objective_id, q.objective_id)
  LEFT JOIN user_answers ua ON ua.session_id = sq.session_id AND ua.question_id = sq.question_id
  LEFT JOIN case_studies cs ON cs.id = sq.case_study_id
  WHERE sq.session_id = ?`;

// Left-joined columns are null when the row is missing; options, refs and selected are JSON text.
const questionRow = z.object({
  position: z.number(),
  question_id: z.number(),
  question_version_id: z.number(),
  flagged: z.number(),
  struck: z.string(),
  objective_id: z.number().nullable(),
  type: z.string().nullable(),
  stem: z.string(),
  options: z.string(),
  settings: z.string(),
  exhibits: z.string(),
  explanation: z.string(),
  refs: z.string(),
  objective_code: z.string().nullable(),
  objective_title: z.string().nullable(),
  selected: z.string().nullable(),
  revision: z.number().nullable(),
  time_spent_ms: z.number().nullable(),
  case_study_id: z.number().nullable(),
  case_title: z.string().nullable(),
  case_scenario: z.string().nullable(),
  /** JSON text, read with exhibitsOf (a list that fails the schema shows no exhibits). */
  case_exhibits: z.string().nullable(),
});

export type QuestionRow = z.output<typeof questionRow>;

/** The attempt's question rows in position order (the aggregate's order is not guaranteed). */
export async function attemptQuestionRows(client: Client, sessionId: string): Promise<QuestionRow[]> {
  const rows = await selectJsonRows(client, attemptQuestionsStatement(sessionId), questionRow);
  return rows.sort((a, b) => a.position - b.position);
}

/** The read of attemptQuestionRows, for a batch of reads sent together. */
export function attemptQuestionsStatement(sessionId: string): InStatement {
  return { sql: QUESTIONS_SQL, args: [sessionId] };
}

/** attemptQuestionRows from that statement's result. */
export function questionRowsOf(result: ResultSet | undefined): QuestionRow[] {
  return jsonRowsOf(result, questionRow).sort((a, b) => a.position - b.position);
}
