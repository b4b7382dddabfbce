-- +migrate Up
-- One row per sign-in. The session JWT carries the id; every request checks that the row exists
-- and is not revoked, so sign-out ends that session on the server (a replayed cookie is refused)
-- and "sign out everywhere" ends them all. Rows go with their user.
CREATE TABLE sessions (
  id TEXT PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER,
  ip TEXT,
  user_agent TEXT
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- +migrate Down
DROP TABLE sessions;
