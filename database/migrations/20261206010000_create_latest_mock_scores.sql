-- +migrate Up
-- Each learner's latest submitted mock exam of each exam: the distribution the percentile
-- ("better than N% of learners") is counted from with one index range scan, instead of finding
-- every learner's latest mock among all attempts on each page view. Written in the submit's own
-- batch (server/percentile/latest-mock.ts); one row per learner and exam.
CREATE TABLE latest_mock_scores (
  exam_id INTEGER NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  session_id TEXT NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
  score_percent REAL NOT NULL CHECK (score_percent >= 0 AND score_percent <= 100),
  submitted_at INTEGER NOT NULL,
  PRIMARY KEY (exam_id, user_id)
);
-- Covers the percentile's count: the exam's rows in the 90-day window, their scores and owners.
CREATE INDEX latest_mock_scores_exam_submitted_idx
  ON latest_mock_scores (exam_id, submitted_at, score_percent, user_id);
CREATE INDEX latest_mock_scores_session_idx ON latest_mock_scores (session_id);

-- The mocks submitted before this table existed: each learner's newest per exam.
INSERT INTO latest_mock_scores (exam_id, user_id, session_id, score_percent, submitted_at)
SELECT s.exam_id, s.user_id, s.id, s.score_percent, s.submitted_at
FROM study_sessions s
WHERE s.mode = 'mock' AND s.status = 'submitted' AND s.score_percent IS NOT NULL
  AND s.submitted_at IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM study_sessions newer
    WHERE newer.user_id = s.user_id AND newer.exam_id = s.exam_id
      AND newer.mode = 'mock' AND newer.status = 'submitted' AND newer.score_percent IS NOT NULL
      AND newer.submitted_at IS NOT NULL
      AND (newer.submitted_at > s.submitted_at OR (newer.submitted_at = s.submitted_at AND newer.id > s.id))
  );

-- +migrate Down
DROP TABLE latest_mock_scores;
