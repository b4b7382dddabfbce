-- +migrate Up
-- The question bank studio (issue 5). questions.is_active stays the one flag exam drawing reads
-- (questions(exam_id, objective_id, is_active)); a draft is an inactive question listed here, a
-- retired question is an inactive question that is not.
CREATE TABLE question_drafts (
  question_id INTEGER PRIMARY KEY NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL
);

-- What the studio knows about each version it wrote: the question's type, objective and difficulty
-- at that save (they live on questions, which is not versioned) and where the version came from.
CREATE TABLE question_version_meta (
  question_version_id INTEGER PRIMARY KEY NOT NULL REFERENCES question_versions (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('single', 'multiple')),
  objective_id INTEGER,
  difficulty INTEGER NOT NULL CHECK (difficulty BETWEEN 1 AND 3),
  source TEXT NOT NULL CHECK (source IN ('create', 'edit', 'restore', 'import')),
  restored_from INTEGER
);

-- Learners' reports of a problem with a question, and the moderator's answer.
CREATE TABLE question_reports (
  id INTEGER PRIMARY KEY NOT NULL,
  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  question_version_id INTEGER REFERENCES question_versions (id) ON DELETE SET NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN ('wrong_answer', 'unclear', 'typo', 'outdated', 'other')),
  details TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
  reply TEXT,
  resolved_by TEXT REFERENCES users (id) ON DELETE SET NULL,
  resolved_at INTEGER,
  created_at INTEGER NOT NULL
);
CREATE INDEX question_reports_status_created_idx ON question_reports (status, created_at);
CREATE INDEX question_reports_question_status_idx ON question_reports (question_id, status);
CREATE INDEX question_reports_user_created_idx ON question_reports (user_id, created_at DESC);

-- Item statistics as last computed (the "poor statistics" filter reads them).
CREATE TABLE question_stats (
  question_id INTEGER PRIMARY KEY NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  exam_id INTEGER NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
  responses INTEGER NOT NULL,
  facility REAL,
  discrimination REAL,
  poor INTEGER NOT NULL DEFAULT 0 CHECK (poor IN (0, 1)),
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  computed_at INTEGER NOT NULL
);
CREATE INDEX question_stats_exam_poor_idx ON question_stats (exam_id, poor);

CREATE TABLE exam_stats (
  exam_id INTEGER PRIMARY KEY NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
  attempts INTEGER NOT NULL,
  answers INTEGER NOT NULL,
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  computed_at INTEGER NOT NULL
);

-- Full-text search over the CURRENT version of each question (rowid = questions.id). Contentless:
-- the text lives in question_versions; the index only answers which questions match.
CREATE VIRTUAL TABLE question_search USING fts5(stem, options, explanation, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');

-- A new version that is the question's current one (seeds, imports: the question row comes first).
-- +migrate StatementBegin
CREATE TRIGGER question_search_version_insert AFTER INSERT ON question_versions
WHEN NEW.version = (SELECT current_version FROM questions WHERE id = NEW.question_id)
BEGIN
  DELETE FROM question_search WHERE rowid = NEW.question_id;
  INSERT INTO question_search (rowid, stem, options, explanation)
  VALUES (NEW.question_id, NEW.stem, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(NEW.options)), NEW.explanation);
END;
-- +migrate StatementEnd

-- An edit or a restore moves current_version to the version just written.
-- +migrate StatementBegin
CREATE TRIGGER question_search_current_update AFTER UPDATE OF current_version ON questions
WHEN NEW.current_version <> OLD.current_version
BEGIN
  DELETE FROM question_search WHERE rowid = NEW.id;
  INSERT INTO question_search (rowid, stem, options, explanation)
  SELECT v.question_id, v.stem, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(v.options)), v.explanation
  FROM question_versions v WHERE v.question_id = NEW.id AND v.version = NEW.current_version;
END;
-- +migrate StatementEnd

-- +migrate StatementBegin
CREATE TRIGGER question_search_question_delete AFTER DELETE ON questions
BEGIN
  DELETE FROM question_search WHERE rowid = OLD.id;
END;
-- +migrate StatementEnd

-- Index the questions that exist already.
INSERT INTO question_search (rowid, stem, options, explanation)
SELECT v.question_id, v.stem, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(v.options)), v.explanation
FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version;

-- +migrate Down
DROP TRIGGER question_search_question_delete;
DROP TRIGGER question_search_current_update;
DROP TRIGGER question_search_version_insert;
DROP TABLE question_search;
DROP TABLE exam_stats;
DROP TABLE question_stats;
DROP TABLE question_reports;
DROP TABLE question_version_meta;
DROP TABLE question_drafts;
