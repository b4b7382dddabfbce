-- +migrate Up
-- The options a learner struck out on a question of an attempt (JSON array of option ids), as
-- real exam interfaces let candidates eliminate options. A reading aid only: never scored.
ALTER TABLE session_questions ADD COLUMN struck TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(struck));

-- One open mock exam per learner and exam. Before the rule, a learner could hold several: the
-- newest stays open, older ones are closed unscored (abandoned), as the history page could do.
UPDATE study_sessions SET status = 'abandoned'
  WHERE mode = 'mock' AND status = 'in_progress' AND EXISTS (
    SELECT 1 FROM study_sessions newer
    WHERE newer.user_id = study_sessions.user_id AND newer.exam_id = study_sessions.exam_id
      AND newer.mode = 'mock' AND newer.status = 'in_progress'
      AND (newer.started_at > study_sessions.started_at
        OR (newer.started_at = study_sessions.started_at AND newer.id > study_sessions.id)));
-- The rule itself: a second open mock of the same exam is refused by the database, so parallel
-- start requests cannot both insert one.
CREATE UNIQUE INDEX study_sessions_one_open_mock ON study_sessions (user_id, exam_id)
  WHERE mode = 'mock' AND status = 'in_progress';

-- +migrate Down
DROP INDEX study_sessions_one_open_mock;
ALTER TABLE session_questions DROP COLUMN struck;
