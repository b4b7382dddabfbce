-- +migrate Up
CREATE TABLE users (
  id TEXT PRIMARY KEY NOT NULL,
  email TEXT NOT NULL COLLATE NOCASE,
  name TEXT,
  password_hash TEXT,
  role TEXT NOT NULL DEFAULT 'learner' CHECK (role IN ('learner', 'moderator', 'admin')),
  email_verified_at INTEGER,
  session_version INTEGER NOT NULL DEFAULT 1,
  disabled_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX users_email_unique ON users (email);
CREATE INDEX users_role_idx ON users (role);

-- +migrate Down
DROP TABLE users;
