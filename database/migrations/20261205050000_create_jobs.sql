-- +migrate Up
-- Background jobs, stored so that any number of workers (the app's own, `npm run worker`, a host's
-- cron calling /api/cron) share one queue. A worker claims a job by taking its lease
-- (locked_by + locked_until) in one UPDATE, so two workers never run the same job at once; a
-- worker that dies leaves a lease that expires and the job is claimed again.
CREATE TABLE jobs (
  id INTEGER PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL DEFAULT '{}',
  -- At most one queued or running job per key (a recurring job, one user's catch-up).
  dedupe_key TEXT,
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  run_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL DEFAULT 5,
  locked_by TEXT,
  locked_until INTEGER,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  finished_at INTEGER
);
CREATE INDEX jobs_status_run_at_idx ON jobs (status, run_at);
CREATE UNIQUE INDEX jobs_open_dedupe_unique ON jobs (dedupe_key)
  WHERE dedupe_key IS NOT NULL AND status IN ('queued', 'running');

-- +migrate Down
DROP TABLE jobs;
