-- +migrate Up
-- Exhibits (issue 20): images, tables and code/log blocks a question version shows beside its
-- stem. They belong to the version, so a pinned version shows what it was shown with:
--   [{"kind": "image", "title", "alt", "hash", "mime", "width"?, "height"?}
--    | {"kind": "table", "title", "header": [..], "rows": [[..]]}
--    | {"kind": "code", "title", "language"?, "text"}]   (lib/exam/exhibits.ts)
ALTER TABLE question_versions ADD COLUMN exhibits TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(exhibits));

-- The app's own image storage: in the database, not on a local disk, so any number of stateless
-- instances on one Turso primary serve the same files. Keyed by the sha256 of the bytes (an
-- upload of the same file is the same row); type and size were checked from the bytes on the way
-- in (lib/media/sniff.ts: PNG, JPEG, WebP, GIF; at most 2 MB).
CREATE TABLE media (
  hash TEXT PRIMARY KEY NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
  mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
  byte_size INTEGER NOT NULL CHECK (byte_size > 0 AND byte_size <= 2097152),
  width INTEGER,
  height INTEGER,
  bytes BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  uploaded_by TEXT REFERENCES users (id) ON DELETE SET NULL
);

-- Which version shows which image, kept by the trigger below from the version's exhibits, so
-- every writer (studio, import, seeds) records it and the image route can ask "is this image part
-- of a published question?" by index instead of scanning every version's JSON. The foreign key
-- to media also refuses a version that names an image never stored.
CREATE TABLE media_uses (
  hash TEXT NOT NULL REFERENCES media (hash),
  question_version_id INTEGER NOT NULL REFERENCES question_versions (id) ON DELETE CASCADE,
  PRIMARY KEY (hash, question_version_id)
) WITHOUT ROWID;
CREATE INDEX media_uses_version_idx ON media_uses (question_version_id);

-- +migrate StatementBegin
CREATE TRIGGER media_uses_version_insert AFTER INSERT ON question_versions
WHEN NEW.exhibits <> '[]'
BEGIN
  INSERT INTO media_uses (hash, question_version_id)
  SELECT DISTINCT e.value ->> '$.hash', NEW.id
  FROM json_each(NEW.exhibits) e
  WHERE e.value ->> '$.kind' = 'image';
END;
-- +migrate StatementEnd

-- +migrate Down
DROP TRIGGER media_uses_version_insert;
DROP TABLE media_uses;
DROP TABLE media;
ALTER TABLE question_versions DROP COLUMN exhibits;
