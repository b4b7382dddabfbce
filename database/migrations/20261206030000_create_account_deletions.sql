-- +migrate Up
-- An account deletion a user asked for: it happens at scheduled_for (30 days later) unless they
-- sign in before then, which sets cancelled_at. A cancelled row stays only until the learner has
-- seen the "deletion cancelled" notice (server/accounts/deletion.ts); the row goes with the user.
CREATE TABLE account_deletions (
  user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  requested_at INTEGER NOT NULL,
  scheduled_for INTEGER NOT NULL CHECK (scheduled_for >= requested_at),
  cancelled_at INTEGER
);
-- The erase job's question: which pending deletions are due.
CREATE INDEX account_deletions_pending_idx ON account_deletions (scheduled_for) WHERE cancelled_at IS NULL;

-- +migrate Down
DROP TABLE account_deletions;
