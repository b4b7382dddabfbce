-- +migrate Up
-- Matching and ordering questions (issue 20). questions.type keeps its two choice values (the
-- table is referenced by seven others, and rebuilding it to widen its CHECK would cascade-delete
-- them: foreign keys cannot be switched off inside the migration's transaction). The kind and its
-- scoring rules live in the version instead, so a pinned version always scores by the rules it
-- was shown with, and the version history and audit diff see them:
--   settings: {} for single/multiple response;
--             {"kind": "matching", "partialCredit": bool, "responsesReusable": bool};
--             {"kind": "ordering", "partialCredit": bool}.
-- options keep every text (premises with "match": the right response's id, then the responses;
-- ordering items in the right order), so the search index and the CHECK stay as they are.
ALTER TABLE question_versions ADD COLUMN settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings));

-- The answer's score in [0, 1]: 1/0 like is_correct, or a share of correct pairs/positions when
-- the version gives partial credit. is_correct stays "fully right". Older rows: NULL, read as is_correct.
ALTER TABLE user_answers ADD COLUMN score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 1));

-- +migrate Down
ALTER TABLE user_answers DROP COLUMN score;
ALTER TABLE question_versions DROP COLUMN settings;
