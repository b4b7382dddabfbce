-- +migrate Up
-- Which data sets database/seed.ts has applied, so that seeding twice changes nothing.
CREATE TABLE seed_history (
  name TEXT PRIMARY KEY NOT NULL,
  environment TEXT NOT NULL,
  checksum TEXT NOT NULL,
  applied_at INTEGER NOT NULL
);

-- +migrate Down
DROP TABLE seed_history;
