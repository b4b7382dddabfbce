-- +migrate Up
-- Case studies (issue 20): a shared scenario (markdown, later exhibits) that several questions of
-- one exam refer to. A mock draws a case as a unit and shows its questions together as a section.
-- exhibits stays '[]' until the exhibits work wires its type in. status: a draft or retired case
-- is not drawn (nor are its questions: they need their scenario), only a published one.
CREATE TABLE case_studies (
  id INTEGER PRIMARY KEY NOT NULL,
  exam_id INTEGER NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  scenario TEXT NOT NULL DEFAULT '',
  exhibits TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(exhibits)),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
  created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
  updated_by TEXT REFERENCES users (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX case_studies_exam_idx ON case_studies (exam_id, status);

-- The case is on the question, not on the version: belonging to a case is where the question
-- lives in the exam (like its objective), not part of the text a learner answered, so moving a
-- question into or out of a case must not write a version; and the pool finds a case's questions
-- with one index seek on questions(case_study_id). ADD COLUMN with a NULL default and a foreign
-- key is allowed without rebuilding questions (which seven tables reference: see
-- 20261206040000_matching_and_ordering.sql). Deleting a case leaves its questions standalone.
ALTER TABLE questions ADD COLUMN case_study_id INTEGER REFERENCES case_studies (id) ON DELETE SET NULL;
CREATE INDEX questions_case_study_idx ON questions (case_study_id);

-- An attempt pins the case a question was drawn in (like its objective, no foreign key: pinned
-- history), so its sections stay as drawn when a moderator moves questions later.
ALTER TABLE session_questions ADD COLUMN case_study_id INTEGER;

-- +migrate Down
ALTER TABLE session_questions DROP COLUMN case_study_id;
DROP INDEX questions_case_study_idx;
ALTER TABLE questions DROP COLUMN case_study_id;
DROP TABLE case_studies;
