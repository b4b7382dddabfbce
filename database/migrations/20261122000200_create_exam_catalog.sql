-- +migrate Up
CREATE TABLE exams (
  id INTEGER PRIMARY KEY NOT NULL,
  slug TEXT NOT NULL,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  vendor TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
  question_count INTEGER NOT NULL CHECK (question_count > 0),
  passing_score INTEGER NOT NULL CHECK (passing_score BETWEEN 1 AND 100),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX exams_slug_unique ON exams (slug);
CREATE INDEX exams_status_idx ON exams (status, title);

CREATE TABLE objectives (
  id INTEGER PRIMARY KEY NOT NULL,
  exam_id INTEGER NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100),
  position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX objectives_exam_code_unique ON objectives (exam_id, code);

-- +migrate Down
DROP TABLE objectives;
DROP TABLE exams;
