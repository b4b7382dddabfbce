/**
 * Item statistics for the question bank (classical test theory): facility, discrimination
 * (corr with the rest score), point-biserial, option shares (distractor analysis), exam
 * reliability (KR-20, Cronbach's α, SEM) and the poor-item flags. Pure functions over a response
 * matrix; the caller reads first attempts of submitted attempts from the database.
 */
export type {
  AttemptResponses,
  ItemDefinition,
  ItemId,
  ItemResponse,
  ItemStatistics,
  OptionStatistics,
  PartStatistics,
  ReliabilityStatistics,
} from './statistics/types';
export { mean, pearson, populationVariance } from './statistics/descriptive';
export { computeItemStatistics, pointBiserial } from './statistics/item-statistics';
export { computeStructuredParts } from './statistics/structured-parts';
export { computeExamReliability, computeReliability } from './statistics/reliability';
export {
  classifyDiscrimination,
  DEFAULT_POOR_ITEM_THRESHOLDS,
  findPoorItemReasons,
  flagPoorItems,
  hasEnoughResponses,
  type DiscriminationBand,
  type PoorItem,
  type PoorItemReason,
  type PoorItemThresholds,
} from './statistics/poor-items';
