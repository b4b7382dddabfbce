import 'server-only';
import type { Client } from '@libsql/client';
import { selectJsonRows } from '../json-rows';
import { num } from './rows';

// The questions of an attempt with their pinned versions, the objective they had when shown,
// and the stored answers, as one JSON document (selectJsonRows): the runner page reads this on
// every view, and as 65 result rows it cost 2.0 ms, as JSON 0.8 ms.
const QUESTIONS_SQL = `SELECT json_group_array(json_object(
    'position', sq.position, 'question_id', sq.question_id, 'question_version_id', sq.question_version_id,
    'flagged', sq.flagged, 'objective_id', coalesce(sq.objective_id, q.objective_id), 'type', q.type, 'stem', v.stem, 'options', v.options, 'explanation', v.explanation,
    'refs', v.refs, 'objective_code', o.code, 'objective_title', o.title,
    'selected', ua.selected, 'revision', ua.revision, 'time_spent_ms', ua.time_spent_ms)) AS rows
  FROM session_questions sq
  JOIN question_versions v ON v.id = sq.question_version_id
  LEFT JOIN questions q ON q.id = sq.question_id
  LEFT JOIN objectives o ON o.id = coalesce(sq.objective_id, q.objective_id)
  LEFT JOIN user_answers ua ON ua.session_id = sq.session_id AND ua.question_id = sq.question_id
  WHERE sq.session_id = ?`;

export type QuestionRow = Record<string, string | number | null>;

/** The attempt's question rows in position order (the aggregate's order is not guaranteed). */
export async function attemptQuestionRows(client: Client, sessionId: string): Promise<QuestionRow[]> {
  const rows = await selectJsonRows<QuestionRow>(client, { sql: QUESTIONS_SQL, args: [sessionId] });
  return rows.sort((a, b) => num(a.position) - num(b.position));
}
