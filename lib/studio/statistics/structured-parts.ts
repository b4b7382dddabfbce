import { matchesOf, premisesOf, type KindOption, type StructuredKind } from '@/lib/exam/kinds';
import type { PartStatistics } from './types';

/**
 * The distractor table of a matching or ordering item (issue 20): an option share means nothing
 * when an answer is a set of pairs or an order, so each part is judged instead — a matching
 * premise (share of responses that matched it right, and the wrong response most often given to
 * it) or an ordering position (share that put the right item there, and the item most often put
 * there instead). Every response counts in the denominator, an unanswered one as wrong, like facility.
 */
export function computeStructuredParts(
  kind: StructuredKind,
  options: readonly KindOption[],
  answers: readonly (readonly string[])[],
): PartStatistics[] {
  const textOf = new Map(options.map((o) => [o.id, o.text]));
  const parts =
    kind === 'matching'
      ? premisesOf(options).map((p) => ({ id: p.id, label: p.text, right: p.match! }))
      : options.map((o, i) => ({ id: String(i + 1), label: o.text, right: o.id }));
  const given = answers.map((selected) => (kind === 'matching' ? matchesOf(selected) : null));
  return parts.map((part, index) => {
    let right = 0;
    const wrong = new Map<string, number>();
    answers.forEach((selected, n) => {
      const answer = kind === 'matching' ? given[n]!.get(part.id) : selected[index];
      if (answer === part.right) right += 1;
      else if (answer !== undefined) wrong.set(answer, (wrong.get(answer) ?? 0) + 1);
    });
    let common: PartStatistics['commonWrong'] = null;
    for (const [id, count] of wrong)
      if (!common || count > common.count) common = { id, text: textOf.get(id) ?? id, count, share: 0 };
    if (common) common.share = common.count / answers.length;
    return {
      partId: part.id,
      label: part.label,
      rightShare: answers.length === 0 ? null : right / answers.length,
      commonWrong: common,
    };
  });
}
