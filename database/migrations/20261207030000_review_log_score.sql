-- +migrate Up
-- A review log's score in [0, 1] (issue 20): 1/0 like is_correct, or the share of right pairs or
-- positions of a matching/ordering answer with partial credit. Mastery and readiness count a log's
-- share, COALESCE(score, is_correct), so a half-right answer counts 0.5, not 0; is_correct stays
-- "fully right". NULL in older rows (read as is_correct).
ALTER TABLE review_logs ADD COLUMN score REAL CHECK (score IS NULL OR (score >= 0 AND score <= 1));

-- Session logs of answers scored with a share since user_answers.score came: give them their share.
-- Only partly right answers differ from is_correct; user_answers is read once, each log by its key.
UPDATE review_logs SET score = (
    SELECT ua.score FROM user_answers ua
    JOIN review_cards c ON c.user_id = ua.user_id AND c.question_id = ua.question_id
    WHERE c.id = review_logs.card_id AND ua.session_id = review_logs.session_id)
  WHERE kind = 'session' AND id IN (
    SELECT l.id FROM user_answers ua
    JOIN review_cards c ON c.user_id = ua.user_id AND c.question_id = ua.question_id
    JOIN review_logs l ON l.card_id = c.id AND l.session_id = ua.session_id AND l.kind = 'session'
    WHERE ua.score > 0 AND ua.score < 1);

-- +migrate Down
ALTER TABLE review_logs DROP COLUMN score;
