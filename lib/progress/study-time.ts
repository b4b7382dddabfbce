/**
 * Study time is the time spent on answers (sessions and reviews). A question left open while
 * the learner made dinner is not study: each answer counts for at most ten minutes.
 */
export const MAX_COUNTED_ANSWER_MS = 10 * 60_000;

export function countedStudyTimeMs(timeSpentMs: number): number {
  if (!Number.isFinite(timeSpentMs) || timeSpentMs <= 0) return 0;
  return Math.min(Math.round(timeSpentMs), MAX_COUNTED_ANSWER_MS);
}

/** "2 h 5 min", "45 min", "under a minute", "none yet". */
export function formatStudyTime(ms: number): string {
  if (ms <= 0) return 'none yet';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
