import 'server-only';
import type { Client } from '@libsql/client';
import type { PracticeFilter, PracticeKind } from '@/lib/validation/attempts';

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

// The kind lives in the current version's settings (matching, ordering); a version without one is
// a choice question, single or multiple response by questions.type.
const KIND_CONDITIONS: Record<Exclude<PracticeKind, 'any'>, string> = {
  single: `json_extract(v.settings, '$.kind') IS NULL AND q.type = 'single'`,
  multiple: `json_extract(v.settings, '$.kind') IS NULL AND q.type = 'multiple'`,
  matching: `json_extract(v.settings, '$.kind') = 'matching'`,
  ordering: `json_extract(v.settings, '$.kind') = 'ordering'`,
};

/** The exam's active questions of one kind (at their current version); null for any kind. */
export function kindSet(client: Client, kind: PracticeKind, examId: number): Promise<Set<number>> | null {
  if (kind === 'any') return null;
  return idSet(
    client,
    `SELECT group_concat(q.id) AS ids FROM questions q
      JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
      WHERE q.exam_id = ? AND q.is_active = 1 AND ${KIND_CONDITIONS[kind]}`,
    [examId],
  );
}

const KIND_NAMES: Record<Exclude<PracticeKind, 'any'>, string> = {
  single: 'single-response',
  multiple: 'multiple-response',
  matching: 'matching',
  ordering: 'ordering',
};

/** Why a practice of one kind found nothing, naming the filters that left it empty. */
export function noneOfKind(kind: Exclude<PracticeKind, 'any'>, filter: PracticeFilter): string {
  const among = {
    all: '',
    unseen: ' that you have not seen yet',
    missed: ' that you previously missed',
    flagged: ' that you flagged',
  }[filter];
  return `No ${KIND_NAMES[kind]} questions${among} in these objectives. Choose "Any kind" or other objectives.`;
}
