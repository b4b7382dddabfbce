-- +migrate Up
-- Single-use email verification and password reset tokens; only a sha256 of the token is stored.
CREATE TABLE auth_tokens (
  id INTEGER PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose TEXT NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
  token_hash TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER,
  created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX auth_tokens_token_hash_unique ON auth_tokens (token_hash);
CREATE INDEX auth_tokens_user_purpose_idx ON auth_tokens (user_id, purpose);

-- Accounts of external sign-in providers linked to a user (Google, by verified email).
CREATE TABLE oauth_accounts (
  provider TEXT NOT NULL,
  provider_account_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (provider, provider_account_id)
);
CREATE INDEX oauth_accounts_user_idx ON oauth_accounts (user_id);

-- Every email the app sends goes through here first; a failed send stays with its error.
CREATE TABLE email_outbox (
  id INTEGER PRIMARY KEY NOT NULL,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  text_body TEXT NOT NULL,
  html_body TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'captured')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  sent_at INTEGER
);
CREATE INDEX email_outbox_to_created_idx ON email_outbox (to_address, created_at DESC);
CREATE INDEX email_outbox_status_idx ON email_outbox (status);

-- Failed attempts per throttling bucket and key (e.g. sign-in by account, by IP). Stored in the
-- database so that limits hold across app instances.
CREATE TABLE throttle_events (
  id INTEGER PRIMARY KEY NOT NULL,
  bucket TEXT NOT NULL,
  key TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX throttle_events_bucket_key_at_idx ON throttle_events (bucket, key, at);

-- Who did what to whom, when, from where.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY NOT NULL,
  actor_id TEXT REFERENCES users (id) ON DELETE SET NULL,
  action TEXT NOT NULL,
  target_type TEXT,
  target_id TEXT,
  ip TEXT,
  details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  created_at INTEGER NOT NULL
);
CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id);

-- +migrate Down
DROP TABLE audit_log;
DROP TABLE throttle_events;
DROP TABLE email_outbox;
DROP TABLE oauth_accounts;
DROP TABLE auth_tokens;
