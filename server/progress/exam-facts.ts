import 'server-only';
import type { ExamFacts, ObjectiveFacts } from '@/lib/progress/exam-progress';
import { appDatabase } from '@/server/db';
import { num, str } from '@/server/row-values';

export interface StudiedExam extends ExamFacts {
  id: number;
}

// The exams a learner studies: those with answers counted in their totals, those with a
// session under way, and those they have set an exam date for. Both sources are small per learner (one row per objective / open session).
export const STUDIED_SQL = `SELECT e.id, e.slug, e.code, e.title, e.passing_score, e.question_count, max(x.at) AS last_at
  FROM (
    SELECT o.exam_id, t.last_activity_at AS at FROM progress_objective_totals t JOIN objectives o ON o.id = t.objective_id WHERE t.user_id = ?
    UNION ALL
    SELECT exam_id, last_activity FROM study_sessions WHERE user_id = ? AND status = 'in_progress'
    UNION ALL
    SELECT exam_id, updated_at FROM exam_targets WHERE user_id = ?
  ) x
  JOIN exams e ON e.id = x.exam_id AND e.status = 'published'
  GROUP BY e.id
  ORDER BY last_at DESC, e.id`;

/** Published exams the learner studies, most recently active first. */
export async function listStudiedExams(userId: string): Promise<StudiedExam[]> {
  const { rows } = await appDatabase().client.execute({ sql: STUDIED_SQL, args: [userId, userId, userId] });
  return rows.map((row) => ({
    id: num(row.id),
    slug: str(row.slug),
    code: str(row.code),
    title: str(row.title),
    passingScore: num(row.passing_score),
    questionCount: num(row.question_count),
  }));
}

export interface ExamObjectiveFacts extends ObjectiveFacts {
  examId: number;
}

// Bank sizes come from objectives.active_question_count, which triggers on questions keep exact.
export function objectiveFactsSql(exams: number): string {
  return `SELECT o.id, o.exam_id, o.code, o.title, o.weight,
      o.active_question_count AS bank_size,
      coalesce(t.answered, 0) AS answered, coalesce(t.answer_time_ms, 0) AS answer_time_ms,
      coalesce(t.reviews, 0) AS reviews, coalesce(t.review_time_ms, 0) AS review_time_ms
    FROM objectives o
    LEFT JOIN progress_objective_totals t ON t.user_id = ? AND t.objective_id = o.id
    WHERE o.exam_id IN (${Array.from({ length: exams }, () => '?').join(', ')})
    ORDER BY o.exam_id, o.position, o.code`;
}

/** The objectives of the exams, with their active bank sizes and the learner's totals. */
export async function listObjectiveFacts(
  userId: string,
  examIds: readonly number[],
): Promise<ExamObjectiveFacts[]> {
  if (examIds.length === 0) return [];
  const { rows } = await appDatabase().client.execute({
    sql: objectiveFactsSql(examIds.length),
    args: [userId, ...examIds],
  });
  return rows.map((row) => ({
    id: num(row.id),
    examId: num(row.exam_id),
    code: str(row.code),
    title: str(row.title),
    weight: num(row.weight),
    bankSize: num(row.bank_size),
    answered: num(row.answered),
    answerTimeMs: num(row.answer_time_ms),
    reviews: num(row.reviews),
    reviewTimeMs: num(row.review_time_ms),
  }));
}
