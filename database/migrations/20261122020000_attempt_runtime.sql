-- +migrate Up
-- How an attempt ended: 'learner' (submitted) or 'timeout' (its deadline passed); NULL while open.
ALTER TABLE study_sessions ADD COLUMN submit_reason TEXT CHECK (submit_reason IN ('learner', 'timeout'));

-- The objective each question belonged to when the attempt showed it, so that moving a question
-- to another objective later does not change a past attempt's breakdown. No foreign key on
-- purpose: a pinned copy of history, like question_version_id's content.
ALTER TABLE session_questions ADD COLUMN objective_id INTEGER;

-- The client's revision of an answer: retries and the offline queue can deliver saves out of
-- order, and a save older than the stored revision is ignored.
ALTER TABLE user_answers ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- Practice filters ("only unseen", "only previously missed") look up a learner's answers by question.
CREATE INDEX user_answers_user_question_idx ON user_answers (user_id, question_id);
-- The history page lists a learner's attempts newest first.
CREATE INDEX study_sessions_user_started_idx ON study_sessions (user_id, started_at DESC);

-- +migrate Down
DROP INDEX study_sessions_user_started_idx;
DROP INDEX user_answers_user_question_idx;
ALTER TABLE user_answers DROP COLUMN revision;
ALTER TABLE session_questions DROP COLUMN objective_id;
ALTER TABLE study_sessions DROP COLUMN submit_reason;
