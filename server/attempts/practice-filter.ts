import 'server-only';
import type { Client } from '@libsql/client';
import type { PracticeFilter } from '@/lib/validation/attempts';

/** Question ids of a group_concat column as a Set. */
async function idSet(client: Client, sql: string, args: (string | number)[]): Promise<Set<number>> {
  const { rows } = await client.execute({ sql, args });
  const text = rows[0]?.ids;
  return new Set(typeof text === 'string' && text.length > 0 ? text.split(',').map(Number) : []);
}

/** The learner's questions of the exam a practice filter keeps (or, for "unseen", drops). */
export async function filterSet(
  client: Client,
  filter: PracticeFilter,
  userId: string,
  examId: number,
): Promise<Set<number> | null> {
  switch (filter) {
    case 'unseen':
      // Seen: drawn into any of the learner's attempts of this exam.
      return idSet(
        client,
        `SELECT group_concat(DISTINCT sq.question_id) AS ids FROM study_sessions s JOIN session_questions sq ON sq.session_id = s.id
          WHERE s.user_id = ? AND s.exam_id = ?`,
        [userId, examId],
      );
    case 'missed':
      // Missed: the learner's latest answer to it was wrong (mock answers count once submitted).
      return idSet(
        client,
        `SELECT group_concat(question_id) AS ids FROM (
           SELECT ua.question_id, ua.is_correct, max(ua.answered_at) FROM user_answers ua JOIN study_sessions s ON s.id = ua.session_id
           WHERE ua.user_id = ? AND s.exam_id = ? AND ua.selected <> '[]' AND (s.mode <> 'mock' OR s.status = 'submitted')
           GROUP BY ua.question_id
         ) WHERE is_correct = 0`,
        [userId, examId],
      );
    case 'flagged':
      return idSet(
        client,
        `SELECT group_concat(DISTINCT sq.question_id) AS ids FROM study_sessions s JOIN session_questions sq ON sq.session_id = s.id
          WHERE s.user_id = ? AND s.exam_id = ? AND sq.flagged = 1`,
        [userId, examId],
      );
    default:
      return null;
  }
}

export function keep(ids: Int32Array, set: Set<number>, include: boolean): Int32Array {
  return ids.filter((id) => set.has(id) === include);
}
