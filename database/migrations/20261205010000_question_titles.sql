-- +migrate Up
-- A question's title (GIFT ::title::, the CSV/JSON "name"): kept by imports, written back by exports,
-- shown in the studio list and searchable. It names the question, it is not part of what learners
-- see, so it lives on the question row rather than in the immutable versions.
ALTER TABLE questions ADD COLUMN title TEXT;

-- The search index gains the title: rebuilt with the same triggers plus the title, and one more
-- trigger for a title that changes without a new version.
DROP TRIGGER question_search_question_delete;
DROP TRIGGER question_search_current_update;
DROP TRIGGER question_search_version_insert;
DROP TABLE question_search;
CREATE VIRTUAL TABLE question_search USING fts5(title, stem, options, explanation, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');

-- +migrate StatementBegin
CREATE TRIGGER question_search_version_insert AFTER INSERT ON question_versions
WHEN NEW.version = (SELECT current_version FROM questions WHERE id = NEW.question_id)
BEGIN
  DELETE FROM question_search WHERE rowid = NEW.question_id;
  INSERT INTO question_search (rowid, title, stem, options, explanation)
  VALUES (NEW.question_id, (SELECT coalesce(title, '') FROM questions WHERE id = NEW.question_id), NEW.stem, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(NEW.options)), NEW.explanation);
END;
-- +migrate StatementEnd

-- +migrate StatementBegin
CREATE TRIGGER question_search_current_update AFTER UPDATE OF current_version, title ON questions
WHEN NEW.current_version <> OLD.current_version OR NEW.title IS NOT OLD.title
BEGIN
  DELETE FROM question_search WHERE rowid = NEW.id;
  INSERT INTO question_search (rowid, title, stem, options, explanation)
  SELECT v.question_id, coalesce(NEW.title, ''), v.stem, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(v.options)), v.explanation
  FROM question_versions v WHERE v.question_id = NEW.id AND v.version = NEW.current_version;
END;
-- +migrate StatementEnd

-- +migrate StatementBegin
CREATE TRIGGER question_search_question_delete AFTER DELETE ON questions
BEGIN
  DELETE FROM question_search WHERE rowid = OLD.id;
END;
-- +migrate StatementEnd

INSERT INTO question_search (rowid, title, stem, options, explanation)
SELECT v.question_id, coalesce(q.title, ''), v.stem, (SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(v.options)), v.explanation
FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version;

-- +migrate Down
DROP TRIGGER question_search_question_delete;
DROP TRIGGER question_search_current_update;
DROP TRIGGER question_search_version_insert;
DROP TABLE question_search;
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

ALTER TABLE questions DROP COLUMN title;
