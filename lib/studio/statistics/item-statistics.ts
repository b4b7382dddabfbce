import { mean, pearson, populationVariance } from './descriptive';
import { computeStructuredParts } from './structured-parts';
import type { AttemptResponses, ItemDefinition, ItemStatistics, OptionStatistics } from './types';

/**
 * Per-question statistics from the response matrix. Each response is scored against the rest of
 * its attempt (X' = X − x) rather than the total, because the item is part of the total and would
 * otherwise correlate with itself (Moodle's discrimination index does the same). Attempts may hold
 * different questions (random draws from a bank): each item uses the attempts that showed it.
 */

interface ScoredResponse {
  mark: number;
  rest: number;
  chosen: readonly string[];
}

function collectScoredResponses(attempts: readonly AttemptResponses[]): Map<string, ScoredResponse[]> {
  const byItem = new Map<string, ScoredResponse[]>();
  for (const attempt of attempts) {
    let total = 0;
    for (const response of attempt.responses) total += response.mark;
    for (const response of attempt.responses) {
      const key = String(response.itemId);
      let list = byItem.get(key);
      if (!list) byItem.set(key, (list = []));
      list.push({ mark: response.mark, rest: total - response.mark, chosen: response.chosenOptionIds });
    }
  }
  return byItem;
}

/** r_pb = (M_right − M_wrong) / S · √(p·q), S the population SD of the rest score (so r_pb equals Pearson's r). */
export function pointBiserial(marks: readonly number[], restScores: readonly number[]): number | null {
  const right = restScores.filter((_, i) => marks[i] === 1);
  const wrong = restScores.filter((_, i) => marks[i] !== 1);
  const variance = populationVariance(restScores);
  if (right.length === 0 || wrong.length === 0 || !variance) return null;
  const p = right.length / restScores.length;
  return ((mean(right)! - mean(wrong)!) / Math.sqrt(variance)) * Math.sqrt(p * (1 - p));
}

/**
 * The weaker and stronger halves by rest score (the middle response is left out when n is odd).
 * Ties at the boundary fall by input order; with real cohorts that moves a handful of responses.
 */
function splitHalves(responses: readonly ScoredResponse[]): {
  lower: ScoredResponse[];
  upper: ScoredResponse[];
} {
  const ranked = [...responses].sort((a, b) => a.rest - b.rest);
  const half = Math.floor(ranked.length / 2);
  return { lower: ranked.slice(0, half), upper: ranked.slice(ranked.length - half) };
}

function shareChoosing(responses: readonly ScoredResponse[], optionId: string): number | null {
  if (responses.length === 0) return null;
  return responses.filter((r) => r.chosen.includes(optionId)).length / responses.length;
}

function computeOptionStatistics(
  definition: ItemDefinition,
  responses: readonly ScoredResponse[],
): OptionStatistics[] {
  const { lower, upper } = splitHalves(responses);
  return definition.options.map((option) => {
    const count = responses.filter((r) => r.chosen.includes(option.id)).length;
    return {
      optionId: option.id,
      correct: option.correct,
      count,
      share: responses.length === 0 ? null : count / responses.length,
      lowerGroupShare: shareChoosing(lower, option.id),
      upperGroupShare: shareChoosing(upper, option.id),
    };
  });
}

function computeOneItem(definition: ItemDefinition, responses: readonly ScoredResponse[]): ItemStatistics {
  const marks = responses.map((r) => r.mark);
  const restScores = responses.map((r) => r.rest);
  const unanswered = responses.filter((r) => r.chosen.length === 0).length;
  return {
    itemId: definition.itemId,
    responses: responses.length,
    facility: mean(marks),
    discrimination: pearson(marks, restScores),
    pointBiserial: pointBiserial(marks, restScores),
    ...(definition.kind
      ? {
          options: [],
          kind: definition.kind,
          parts: computeStructuredParts(
            definition.kind,
            definition.options.map((o) => ({ id: o.id, text: o.text ?? o.id, match: o.match })),
            responses.map((r) => r.chosen),
          ),
        }
      : { options: computeOptionStatistics(definition, responses) }),
    unansweredShare: responses.length === 0 ? null : unanswered / responses.length,
  };
}

/** Statistics for each defined item, in the order given; responses to other items still count in totals. */
export function computeItemStatistics(
  attempts: readonly AttemptResponses[],
  items: readonly ItemDefinition[],
): ItemStatistics[] {
  const byItem = collectScoredResponses(attempts);
  return items.map((definition) => computeOneItem(definition, byItem.get(String(definition.itemId)) ?? []));
}
