import 'server-only';
import type { ResultSet } from '@libsql/client';
import { num } from '@/server/row-values';

export interface ExamCardCounts {
  /** Active questions the learner has a card for (answered in a submitted session). */
  seen: number;
  /** Unsuspended cards due before the end of the learner's today. */
  due: number;
}

// One pass over the learner's cards (one per question answered, so at most the banks' size).
// Arguments: the learner's id, the end of their today.
export const COUNTS_SQL = `SELECT q.exam_id, count(*) AS seen, coalesce(sum(c.suspended = 0 AND c.due < ?2), 0) AS due
  FROM review_cards c JOIN questions q ON q.id = c.question_id AND q.is_active = 1
  WHERE c.user_id = ?1
  GROUP BY q.exam_id`;

/** The rows of COUNTS_SQL by exam id. */
export function cardCountsOf(result: ResultSet | undefined): Map<number, ExamCardCounts> {
  return new Map(
    (result?.rows ?? []).map((row) => [num(row.exam_id), { seen: num(row.seen), due: num(row.due) }]),
  );
}
