import { rows, tableRows, testDatabase } from '../../helpers/database';

/** Marks an open session submitted, the way the submit flow's UPDATE does. */
export async function submitSession(id: string, when: Date): Promise<void> {
  await testDatabase().client.execute({
    sql: `UPDATE study_sessions SET status = 'submitted', submitted_at = ?, last_activity = ?, submit_reason = 'learner',
        correct_count = (SELECT count(*) FROM user_answers WHERE session_id = ? AND is_correct = 1),
        score_percent = 100.0 * (SELECT count(*) FROM user_answers WHERE session_id = ? AND is_correct = 1) / question_count
      WHERE id = ?`,
    args: [when.getTime(), when.getTime(), id, id, id],
  });
}

export interface CardRow {
  id: number;
  questionId: number;
  state: string;
  due: number;
  reps: number;
  lapses: number;
  suspended: number;
  lastReview: number | null;
}

export async function cardsOf(userId: string): Promise<CardRow[]> {
  const found = await rows(
    'SELECT id, question_id, state, due, reps, lapses, suspended, last_review FROM review_cards WHERE user_id = ? ORDER BY question_id',
    [userId],
  );
  return found.map((r) => ({
    id: Number(r.id),
    questionId: Number(r.question_id),
    state: String(r.state),
    due: Number(r.due),
    reps: Number(r.reps),
    lapses: Number(r.lapses),
    suspended: Number(r.suspended),
    lastReview: r.last_review === null ? null : Number(r.last_review),
  }));
}

/** Every row of the review and progress tables, to prove that a refused request changed nothing. */
export function reviewTables(): Promise<unknown[]> {
  return tableRows(['review_cards', 'review_logs', 'review_session_syncs', 'progress_objective_totals']);
}
