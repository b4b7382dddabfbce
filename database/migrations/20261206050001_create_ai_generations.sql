-- +migrate Up
-- One AI generation run (issue 19): who asked, which model and prompt version, the parameters,
-- and the tokens it used. A running row holds `reserved_tokens` against the monthly budget until it
-- ends with the provider's count (server/ai/generation-limits.ts).
CREATE TABLE ai_generations (
  id INTEGER PRIMARY KEY NOT NULL,
  moderator_id TEXT REFERENCES users (id) ON DELETE SET NULL,
  exam_id INTEGER NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
  objective_id INTEGER REFERENCES objectives (id) ON DELETE SET NULL,
  model TEXT NOT NULL,
  prompt_version TEXT NOT NULL,
  parameters TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
  reserved_tokens INTEGER NOT NULL DEFAULT 0,
  input_tokens INTEGER NOT NULL DEFAULT 0,
  output_tokens INTEGER NOT NULL DEFAULT 0,
  created_count INTEGER NOT NULL DEFAULT 0,
  dropped_count INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  started_at INTEGER NOT NULL,
  finished_at INTEGER
);
CREATE INDEX ai_generations_started_idx ON ai_generations (started_at);
CREATE INDEX ai_generations_moderator_started_idx ON ai_generations (moderator_id, started_at);

-- Provenance of a generated question and its first version: the run that wrote it, and the most
-- similar question of the bank at that moment (a near-duplicate), if any.
CREATE TABLE question_ai_provenance (
  question_id INTEGER PRIMARY KEY NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  question_version_id INTEGER NOT NULL REFERENCES question_versions (id) ON DELETE CASCADE,
  generation_id INTEGER NOT NULL REFERENCES ai_generations (id) ON DELETE CASCADE,
  similar_question_id INTEGER REFERENCES questions (id) ON DELETE SET NULL,
  similarity REAL
);
CREATE INDEX question_ai_provenance_generation_idx ON question_ai_provenance (generation_id);

-- +migrate Down
DROP TABLE question_ai_provenance;
DROP TABLE ai_generations;
