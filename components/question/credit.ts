/**
 * What a matching/ordering answer earned, said the same way in practice feedback and on the
 * result review: "Partial credit: 67%" when the question gives it, else nothing to add.
 */
export function creditDetail(score: number, partialCredit: boolean): string | undefined {
  if (!partialCredit) return 'All-or-nothing: every pair or position must be right.';
  if (score >= 1 - 1e-9) return undefined;
  return `Partial credit: ${Math.floor(score * 100 + 1e-9)}% (each right pair or position counts).`;
}
