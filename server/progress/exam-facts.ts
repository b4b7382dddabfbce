import 'server-only';
import type { ResultSet } from '@libsql/client';
import type { ExamFacts, ObjectiveFacts, ObjectiveWindow } from '@/lib/progress/exam-progress';
import { num, str } from '@/server/row-values';
import { MOCK_IDS_CTE, WINDOW_COLUMNS, WINDOW_JOIN } from './recent-answers';

export interface StudiedExam extends ExamFacts {
  id: number;
}

// The exams a learner studies: those with answers counted in their totals, those with a
// session under way, and those they have set an exam date for. Both sources are small per learner (one row per objective / open session).
export const STUDIED_SQL = `SELECT e.id, e.slug, e.code, e.title, e.passing_score, e.question_count, max(x.at) AS last_at
  FROM (
    SELECT o.exam_id, t.last_activity_at AS at FROM progress_objective_totals t JOIN objectives o ON o.id = t.objective_id WHERE t.user_id = ?1
    UNION ALL
    SELECT exam_id, last_activity FROM study_sessions WHERE user_id = ?1 AND status = 'in_progress'
    UNION ALL
    SELECT exam_id, updated_at FROM exam_targets WHERE user_id = ?1
  ) x
  JOIN exams e ON e.id = x.exam_id AND e.status = 'published'
  GROUP BY e.id
  ORDER BY last_at DESC, e.id`;

/**
 * The studied exams as a CTE named `studied`, so every per-exam read of the dashboard's batch
 * finds its exams itself instead of waiting for a round trip that lists them first. Every
 * statement built on it takes the learner's id as its first parameter (`?1`).
 */
export const STUDIED_CTE = `studied AS (${STUDIED_SQL})`;

/** Published exams the learner studies, most recently active first (a row of STUDIED_SQL each). */
export function studiedExamsOf(result: ResultSet | undefined): StudiedExam[] {
  return (result?.rows ?? []).map((row) => ({
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

// The objectives of the studied exams with their active bank sizes (objectives.active_question_count,
// which triggers on questions keep exact), the learner's totals, and each one's window of latest
// session answers (recent-answers.ts) in the same row: one statement, no objective ids asked first.
export const OBJECTIVE_FACTS_SQL = `WITH ${STUDIED_CTE}, ${MOCK_IDS_CTE}
  SELECT o.id, o.exam_id, o.code, o.title, o.weight,
      o.active_question_count AS bank_size,
      coalesce(t.answered, 0) AS answered, coalesce(t.answer_time_ms, 0) AS answer_time_ms,
      coalesce(t.reviews, 0) AS reviews, coalesce(t.review_time_ms, 0) AS review_time_ms,
      ${WINDOW_COLUMNS}
    FROM objectives o
    LEFT JOIN progress_objective_totals t ON t.user_id = ?1 AND t.objective_id = o.id
    ${WINDOW_JOIN}
    WHERE o.exam_id IN (SELECT id FROM studied)
    GROUP BY o.id
    ORDER BY o.exam_id, o.position, o.code`;

export interface ObjectiveRows {
  objectives: ExamObjectiveFacts[];
  windows: ObjectiveWindow[];
}

/** The rows of OBJECTIVE_FACTS_SQL: each objective's facts and its window of latest answers. */
export function objectiveFactsOf(result: ResultSet | undefined): ObjectiveRows {
  const rows = result?.rows ?? [];
  return {
    objectives: rows.map((row) => ({
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
    })),
    windows: rows.map((row) => ({
      objectiveId: num(row.id),
      total: num(row.total),
      correct: num(row.correct),
      fromMocksTotal: num(row.mocks_total),
      fromMocksCorrect: num(row.mocks_correct),
    })),
  };
}
