-- +migrate Up
-- One spaced-repetition card per learner and question, scheduled with FSRS (ts-fsrs). The
-- columns mirror ts-fsrs's Card; times are epoch milliseconds like every other table.
CREATE TABLE review_cards (
  id INTEGER PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'learning', 'review', 'relearning')),
  due INTEGER NOT NULL,
  stability REAL NOT NULL DEFAULT 0 CHECK (stability >= 0),
  difficulty REAL NOT NULL DEFAULT 0 CHECK (difficulty >= 0),
  elapsed_days INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_days >= 0),
  scheduled_days INTEGER NOT NULL DEFAULT 0 CHECK (scheduled_days >= 0),
  learning_steps INTEGER NOT NULL DEFAULT 0 CHECK (learning_steps >= 0),
  -- Also the card's revision: a review applies only to the reps it was shown with.
  reps INTEGER NOT NULL DEFAULT 0 CHECK (reps >= 0),
  lapses INTEGER NOT NULL DEFAULT 0 CHECK (lapses >= 0),
  last_review INTEGER,
  suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX review_cards_user_question_unique ON review_cards (user_id, question_id);
-- Today's due cards of a learner, in due order, straight from the index.
CREATE INDEX review_cards_user_suspended_due_idx ON review_cards (user_id, suspended, due);
-- Deleting a question cascades to its cards: without this the cascade scans every card.
CREATE INDEX review_cards_question_idx ON review_cards (question_id);

-- Every review of a card: the answers of submitted sessions (kind 'session') and the answers
-- given in "Review now" (kind 'review'). idempotency_key makes a review count once however
-- often it arrives: 's:<session id>:<question id>' or 'r:<client uuid of the presentation>'.
-- session_id and objective_id are pinned history without foreign keys (like
-- session_questions.objective_id): sessions and objectives only disappear with their user or
-- exam, and those cascades remove the log through user_id / card_id.
CREATE TABLE review_logs (
  id INTEGER PRIMARY KEY NOT NULL,
  card_id INTEGER NOT NULL REFERENCES review_cards (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('session', 'review')),
  session_id TEXT,
  objective_id INTEGER,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  is_correct INTEGER NOT NULL CHECK (is_correct IN (0, 1)),
  time_spent_ms INTEGER NOT NULL DEFAULT 0 CHECK (time_spent_ms >= 0),
  reviewed_at INTEGER NOT NULL,
  previous_state TEXT NOT NULL CHECK (previous_state IN ('new', 'learning', 'review', 'relearning')),
  previous_due INTEGER NOT NULL,
  previous_stability REAL NOT NULL,
  previous_difficulty REAL NOT NULL,
  due INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  idempotency_key TEXT NOT NULL,
  CHECK ((kind = 'session') = (session_id IS NOT NULL))
);
CREATE UNIQUE INDEX review_logs_idempotency_key_unique ON review_logs (idempotency_key);
CREATE INDEX review_logs_card_reviewed_idx ON review_logs (card_id, reviewed_at);
-- Streaks: "did the learner study between these two instants?" is one index probe.
CREATE INDEX review_logs_user_reviewed_idx ON review_logs (user_id, reviewed_at);
-- Mastery: the latest session answers of one objective, newest first, without a scan.
CREATE INDEX review_logs_user_objective_kind_reviewed_idx ON review_logs (user_id, objective_id, kind, reviewed_at);

-- Submitted sessions whose answers are already cards, logs and totals: the sync runs once per
-- session. Comparing the learner's count of submitted sessions with the count here tells
-- cheaply whether anything is waiting.
CREATE TABLE review_session_syncs (
  session_id TEXT PRIMARY KEY NOT NULL REFERENCES study_sessions (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  answers INTEGER NOT NULL CHECK (answers >= 0),
  synced_at INTEGER NOT NULL
);
CREATE INDEX review_session_syncs_user_idx ON review_session_syncs (user_id);

-- Running totals per learner and objective, kept by the same batches that write the logs, so
-- the dashboard never sums a learner's 50,000 answers.
CREATE TABLE progress_objective_totals (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
  answered INTEGER NOT NULL DEFAULT 0 CHECK (answered >= 0),
  correct INTEGER NOT NULL DEFAULT 0 CHECK (correct >= 0 AND correct <= answered),
  answer_time_ms INTEGER NOT NULL DEFAULT 0 CHECK (answer_time_ms >= 0),
  reviews INTEGER NOT NULL DEFAULT 0 CHECK (reviews >= 0),
  review_time_ms INTEGER NOT NULL DEFAULT 0 CHECK (review_time_ms >= 0),
  last_activity_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, objective_id)
);
CREATE INDEX progress_objective_totals_objective_idx ON progress_objective_totals (objective_id);

-- +migrate Down
DROP TABLE progress_objective_totals;
DROP TABLE review_session_syncs;
DROP TABLE review_logs;
DROP TABLE review_cards;
