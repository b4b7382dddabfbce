/**
 * Idempotency keys of review_logs. A session answer is keyed by its session and question, so
 * syncing a session twice counts each answer once; a "Review now" answer by the UUID the
 * client made when it showed the card, so a double click or a retry counts once. The prefixes
 * keep the two kinds apart.
 */
export function sessionReviewKey(sessionId: string, questionId: number): string {
  return `s:${sessionId}:${questionId}`;
}

export function presentationReviewKey(presentationId: string): string {
  return `r:${presentationId.toLowerCase()}`;
}
