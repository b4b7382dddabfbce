import 'server-only';
import { appDatabase } from '@/server/db';
import { num } from '@/server/row-values';

export interface ExamCardCounts {
  /** Active questions the learner has a card for (answered in a submitted session). */
  seen: number;
  /** Unsuspended cards due before the end of the learner's today. */
  due: number;
}

// One pass over the learner's cards (one per question answered, so at most the banks' size).
export const COUNTS_SQL = `SELECT q.exam_id, count(*) AS seen, coalesce(sum(c.suspended = 0 AND c.due < ?), 0) AS due
  FROM review_cards c JOIN questions q ON q.id = c.question_id AND q.is_active = 1
  WHERE c.user_id = ?
  GROUP BY q.exam_id`;

export async function countCardsByExam(
  userId: string,
  dayEndsAt: number,
): Promise<Map<number, ExamCardCounts>> {
  const { rows } = await appDatabase().client.execute({ sql: COUNTS_SQL, args: [dayEndsAt, userId] });
  return new Map(rows.map((row) => [num(row.exam_id), { seen: num(row.seen), due: num(row.due) }]));
}
