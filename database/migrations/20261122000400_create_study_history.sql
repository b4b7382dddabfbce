-- +migrate Up
-- A study session is one mock exam, practice session or review session of one learner.
CREATE TABLE study_sessions (
  id TEXT PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  exam_id INTEGER NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
  mode TEXT NOT NULL CHECK (mode IN ('mock', 'practice', 'review')),
  status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'submitted', 'abandoned')),
  settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
  question_count INTEGER NOT NULL CHECK (question_count > 0),
  started_at INTEGER NOT NULL,
  deadline_at INTEGER,
  last_activity INTEGER NOT NULL,
  submitted_at INTEGER,
  correct_count INTEGER,
  score_percent REAL,
  passed INTEGER CHECK (passed IN (0, 1))
);
CREATE INDEX study_sessions_user_status_activity_idx ON study_sessions (user_id, status, last_activity DESC);
CREATE INDEX study_sessions_exam_status_idx ON study_sessions (exam_id, status);

-- The questions a session showed, in order, pinned to the version shown.
CREATE TABLE session_questions (
  session_id TEXT NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  question_version_id INTEGER NOT NULL REFERENCES question_versions (id) ON DELETE CASCADE,
  flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
  PRIMARY KEY (session_id, position)
);
CREATE UNIQUE INDEX session_questions_session_question_unique ON session_questions (session_id, question_id);
CREATE INDEX session_questions_version_idx ON session_questions (question_version_id);

-- A learner's current answer to one question of one session (selected: JSON array of option ids).
CREATE TABLE user_answers (
  id INTEGER PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  session_id TEXT NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  question_version_id INTEGER NOT NULL REFERENCES question_versions (id) ON DELETE CASCADE,
  selected TEXT NOT NULL CHECK (json_valid(selected)),
  is_correct INTEGER NOT NULL CHECK (is_correct IN (0, 1)),
  time_spent_ms INTEGER NOT NULL DEFAULT 0 CHECK (time_spent_ms >= 0),
  answered_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX user_answers_session_question_unique ON user_answers (session_id, question_id);
CREATE INDEX user_answers_user_answered_idx ON user_answers (user_id, answered_at DESC);
CREATE INDEX user_answers_question_idx ON user_answers (question_id);

-- +migrate Down
DROP TABLE user_answers;
DROP TABLE session_questions;
DROP TABLE study_sessions;
