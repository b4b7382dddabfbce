import 'server-only';
import type { InStatement } from '@libsql/client';

// Raw SQL on purpose: appended to the submit's batch (a hot path, bench/attempts.bench.ts).

/**
 * Makes a just-submitted mock the learner's latest of its exam in latest_mock_scores. Appended
 * to the submit batch after the UPDATE that closes the attempt, it reads the row as that UPDATE
 * left it: nothing happens unless the attempt is a scored, submitted mock. The guard on
 * submitted_at keeps a newer mock when an older one is closed late (an expired mock is recorded
 * at its deadline); running it twice changes nothing.
 */
export function latestMockStatements(mode: string, sessionId: string): InStatement[] {
  if (mode !== 'mock') return [];
  return [
    {
      sql: `INSERT INTO latest_mock_scores (exam_id, user_id, session_id, score_percent, submitted_at)
        SELECT exam_id, user_id, id, score_percent, submitted_at FROM study_sessions
        WHERE id = ? AND mode = 'mock' AND status = 'submitted' AND score_percent IS NOT NULL AND submitted_at IS NOT NULL
        ON CONFLICT (exam_id, user_id) DO UPDATE SET session_id = excluded.session_id,
          score_percent = excluded.score_percent, submitted_at = excluded.submitted_at
        WHERE excluded.submitted_at >= latest_mock_scores.submitted_at`,
      args: [sessionId],
    },
  ];
}
