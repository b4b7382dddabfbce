/**
 * Near-duplicate detection of a generated question against the bank, as pure text maths: FTS5
 * finds candidates that share words (server/ai/duplicates.ts), this decides how close they are.
 * Words: NFKC, lower case, letters and digits, 3+ characters, common words dropped.
 */

const COMMON = new Set(
  'the and for are but not you all any can had her was one our out has have which what when where who will with this that from they their them then than these those into your does should would could about which most best following'.split(
    ' ',
  ),
);

/** Two questions at or above this share most of their wording: flagged for the moderator. */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;

export function significantWords(text: string): Set<string> {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !COMMON.has(w));
  return new Set(words);
}

/** Jaccard similarity of two word sets: shared words over all words (0…1). */
export function wordSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** An FTS5 query matching any of the words in the stem or options columns (at most 32 words). */
export function candidateQuery(words: Set<string>): string | null {
  const terms = [...words]
    .sort((x, y) => y.length - x.length)
    .slice(0, 32)
    .map((w) => `"${w.replace(/"/g, '""')}"`);
  return terms.length ? `{stem options} : (${terms.join(' OR ')})` : null;
}
