import type { ItemId, ItemStatistics } from './types';

/**
 * Which items need a moderator's look, with the thresholds of the studio issue: facility below 20%
 * or above 95%, discrimination below 0.2 (below 0 suggests a wrong key), or a wrong option chosen
 * more often than the key. Items with fewer responses than `minResponses` are not judged at all:
 * on a handful of answers these figures are noise, and the UI says so instead of flagging.
 */

export interface PoorItemThresholds {
  minResponses: number;
  minFacility: number;
  maxFacility: number;
  minDiscrimination: number;
}

export const DEFAULT_POOR_ITEM_THRESHOLDS: PoorItemThresholds = {
  minResponses: 10,
  minFacility: 0.2,
  maxFacility: 0.95,
  minDiscrimination: 0.2,
};

export type PoorItemReason =
  | { code: 'too-hard'; facility: number }
  | { code: 'too-easy'; facility: number }
  | { code: 'low-discrimination'; discrimination: number }
  | { code: 'negative-discrimination'; discrimination: number }
  | { code: 'distractor-beats-key'; optionId: string; optionShare: number; keyShare: number };

export interface PoorItem {
  itemId: ItemId;
  responses: number;
  reasons: PoorItemReason[];
}

export function hasEnoughResponses(
  item: ItemStatistics,
  minResponses = DEFAULT_POOR_ITEM_THRESHOLDS.minResponses,
): boolean {
  return item.responses >= minResponses;
}

/**
 * Wrong options drawing more responses than the key. With several right options the least
 * chosen one is the yardstick: a distractor beating it suggests those two keys are swapped.
 */
function findDistractorsBeatingKey(item: ItemStatistics): PoorItemReason[] {
  const keys = item.options.filter((o) => o.correct);
  if (keys.length === 0 || item.responses === 0) return [];
  const weakestKey = Math.min(...keys.map((o) => o.count));
  return item.options
    .filter((o) => !o.correct && o.count > weakestKey)
    .map((o) => ({
      code: 'distractor-beats-key' as const,
      optionId: o.optionId,
      optionShare: o.count / item.responses,
      keyShare: weakestKey / item.responses,
    }));
}

export function findPoorItemReasons(
  item: ItemStatistics,
  thresholds: PoorItemThresholds = DEFAULT_POOR_ITEM_THRESHOLDS,
): PoorItemReason[] {
  if (!hasEnoughResponses(item, thresholds.minResponses)) return [];
  const reasons: PoorItemReason[] = [];
  const { facility, discrimination } = item;
  if (facility !== null && facility < thresholds.minFacility) reasons.push({ code: 'too-hard', facility });
  if (facility !== null && facility > thresholds.maxFacility) reasons.push({ code: 'too-easy', facility });
  if (discrimination !== null && discrimination < 0)
    reasons.push({ code: 'negative-discrimination', discrimination });
  else if (discrimination !== null && discrimination < thresholds.minDiscrimination)
    reasons.push({ code: 'low-discrimination', discrimination });
  reasons.push(...findDistractorsBeatingKey(item));
  return reasons;
}

/** The items with at least one reason, in input order. */
export function flagPoorItems(
  items: readonly ItemStatistics[],
  thresholds: Partial<PoorItemThresholds> = {},
): PoorItem[] {
  const effective = { ...DEFAULT_POOR_ITEM_THRESHOLDS, ...thresholds };
  return items.flatMap((item) => {
    const reasons = findPoorItemReasons(item, effective);
    return reasons.length > 0 ? [{ itemId: item.itemId, responses: item.responses, reasons }] : [];
  });
}

export type DiscriminationBand = 'very-good' | 'good' | 'marginal' | 'poor' | 'negative';

/** The classical discrimination bands (Ebel): ≥ 0.4 very good, 0.3–0.39 good, 0.2–0.29 marginal, < 0.2 poor, < 0 check the key. */
export function classifyDiscrimination(discrimination: number): DiscriminationBand {
  if (discrimination < 0) return 'negative';
  if (discrimination < 0.2) return 'poor';
  if (discrimination < 0.3) return 'marginal';
  if (discrimination < 0.4) return 'good';
  return 'very-good';
}
