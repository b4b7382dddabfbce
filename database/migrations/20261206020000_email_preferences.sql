-- +migrate Up
-- Reminder and weekly-summary emails, opt-in only (server/notifications). A learner without a row
-- gets none of them.
CREATE TABLE email_preferences (
  user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  daily_reminder INTEGER NOT NULL DEFAULT 0 CHECK (daily_reminder IN (0, 1)),
  weekly_summary INTEGER NOT NULL DEFAULT 0 CHECK (weekly_summary IN (0, 1)),
  -- IANA name, checked by the server against the runtime's zones.
  time_zone TEXT NOT NULL,
  send_hour INTEGER NOT NULL CHECK (send_hour BETWEEN 0 AND 23),
  quiet_start INTEGER NOT NULL CHECK (quiet_start BETWEEN 0 AND 23),
  quiet_end INTEGER NOT NULL CHECK (quiet_end BETWEEN 0 AND 23),
  updated_at INTEGER NOT NULL
);

-- Every opt-in and withdrawal, never updated: when, how, and the exact words shown for an opt-in.
CREATE TABLE email_consents (
  id INTEGER PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('daily_reminder', 'weekly_summary')),
  action TEXT NOT NULL CHECK (action IN ('granted', 'withdrawn')),
  -- 'account': the account page; 'unsubscribe_page': the link's confirm page; 'one_click': RFC 8058.
  source TEXT NOT NULL CHECK (source IN ('account', 'unsubscribe_page', 'one_click')),
  wording_id TEXT,
  wording TEXT,
  created_at INTEGER NOT NULL,
  CHECK (action = 'withdrawn' OR (wording_id IS NOT NULL AND wording IS NOT NULL))
);
CREATE INDEX email_consents_user_created_idx ON email_consents (user_id, created_at);

-- One row per email sent of a kind and local period (a date, or an ISO week such as 2026-W49):
-- the primary key is what keeps two workers, or a retried job, from sending twice.
CREATE TABLE email_digest_sends (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('daily_reminder', 'weekly_summary')),
  period TEXT NOT NULL,
  -- What the email said (e.g. readiness per exam), so the next summary can show the change.
  facts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(facts)),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, kind, period)
);

-- Extra headers of an email (List-Unsubscribe, List-Unsubscribe-Post), as a JSON object.
ALTER TABLE email_outbox ADD COLUMN headers TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(headers));

-- +migrate Down
ALTER TABLE email_outbox DROP COLUMN headers;
DROP TABLE email_digest_sends;
DROP TABLE email_consents;
DROP TABLE email_preferences;
