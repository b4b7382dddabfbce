export const REVIEW_FILTERS = ['all', 'wrong', 'flagged'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export function parseReviewFilter(value: unknown): ReviewFilter {
  return typeof value === 'string' && (REVIEW_FILTERS as readonly string[]).includes(value)
    ? (value as ReviewFilter)
    : 'all';
}

/** "wrong" includes unanswered questions: they scored nothing either. */
export function filterReview<T extends { correct: boolean; flagged: boolean }>(
  items: readonly T[],
  filter: ReviewFilter,
): T[] {
  if (filter === 'wrong') return items.filter((item) => !item.correct);
  if (filter === 'flagged') return items.filter((item) => item.flagged);
  return items.slice();
}
