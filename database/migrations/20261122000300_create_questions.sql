-- +migrate Up
CREATE TABLE questions (
  id INTEGER PRIMARY KEY NOT NULL,
  exam_id INTEGER NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
  objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('single', 'multiple')),
  difficulty INTEGER NOT NULL DEFAULT 2 CHECK (difficulty BETWEEN 1 AND 3),
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  current_version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX questions_exam_objective_active_idx ON questions (exam_id, objective_id, is_active);
CREATE INDEX questions_objective_idx ON questions (objective_id);

-- One immutable row per saved version: attempts point at the exact version they showed.
-- options: JSON [{"id": "a", "text": "…", "correct": true}]; refs: JSON [{"title": "…", "url": "…"}]
CREATE TABLE question_versions (
  id INTEGER PRIMARY KEY NOT NULL,
  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  stem TEXT NOT NULL CHECK (length(trim(stem)) > 0),
  options TEXT NOT NULL CHECK (json_valid(options) AND json_array_length(options) >= 2),
  explanation TEXT NOT NULL DEFAULT '',
  refs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(refs)),
  author_id TEXT REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX question_versions_question_version_unique ON question_versions (question_id, version);

-- +migrate Down
DROP TABLE question_versions;
DROP TABLE questions;
