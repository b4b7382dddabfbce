import 'server-only';
import { READINESS_MOCKS } from '@/lib/progress/exam-progress';
import { MASTERY_WINDOW } from '@/lib/progress/mastery';

// The mastery window of each objective, as parts of exam-facts.ts's OBJECTIVE_FACTS_SQL (which
// defines `studied` and `o`, and takes the learner's id as ?1).

// The mocks the readiness model uses: each studied exam's latest READINESS_MOCKS submitted mocks
// (session-scores.ts reads the same ones). A subquery, not ids read in an earlier round trip.
// One list for all exams is enough: an objective's answers only ever come from its own exam's
// sessions, so another exam's mock ids never match them.
export const MOCK_IDS_CTE = `mock_ids AS (
    SELECT m.id FROM studied JOIN study_sessions m ON m.id IN (
      SELECT id FROM study_sessions
      WHERE user_id = ?1 AND status = 'submitted' AND exam_id = studied.id AND mode = 'mock' AND score_percent IS NOT NULL
      ORDER BY last_activity DESC
      LIMIT ${READINESS_MOCKS}))`;

// Each objective's latest MASTERY_WINDOW session answers, found newest first straight from
// review_logs_user_objective_kind_reviewed_idx (cost follows the window, not the learner's
// 50,000 answers) and joined by primary key; the statement groups by objective, so these count
// them. An objective without answers keeps its row (LEFT JOIN) with zeros.
export const WINDOW_JOIN = `LEFT JOIN review_logs l ON l.id IN (
      SELECT id FROM review_logs
      WHERE user_id = ?1 AND objective_id = o.id AND kind = 'session'
      ORDER BY reviewed_at DESC
      LIMIT ${MASTERY_WINDOW})`;

// A log counts its share, coalesce(score, is_correct): a half-right matching answer (partial
// credit) is half a right answer for mastery and readiness; logs from before scores, is_correct.
// Answers given in the readiness mocks are also counted apart (they count as mocks there).
export const WINDOW_COLUMNS = `count(l.id) AS total,
      coalesce(sum(coalesce(l.score, l.is_correct)), 0) AS correct,
      coalesce(sum(l.session_id IN (SELECT id FROM mock_ids)), 0) AS mocks_total,
      coalesce(sum(coalesce(l.score, l.is_correct) * (l.session_id IN (SELECT id FROM mock_ids))), 0) AS mocks_correct`;
