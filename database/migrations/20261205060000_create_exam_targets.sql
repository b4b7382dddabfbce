-- +migrate Up
-- A learner's target date for an exam (their local calendar date) and where they stood when they
-- set it: the study plan measures its pace from there (lib/study-plan/daily-plan.ts).
CREATE TABLE exam_targets (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  exam_id INTEGER NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
  exam_date TEXT NOT NULL CHECK (exam_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  start_seen INTEGER NOT NULL CHECK (start_seen >= 0),
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, exam_id)
);

-- +migrate Down
DROP TABLE exam_targets;
