/** Input and output shapes of the item statistics (classical test theory, as Moodle computes them). */

export type ItemId = string | number;

/** One question as answered in one attempt (first attempts of submitted attempts only). */
export interface ItemResponse {
  itemId: ItemId;
  /**
   * The answer's score: 1 right, 0 wrong (an unanswered question is a 0 with no option chosen), or
   * a share in between for a matching/ordering answer with partial credit. Facility is its mean,
   * discrimination its correlation with the rest score; the point-biserial splits at fully right.
   */
  mark: number;
  chosenOptionIds: readonly string[];
}

export interface AttemptResponses {
  attemptId?: string | number;
  /** In the order the questions were shown: positions matter for reliability by position. */
  responses: readonly ItemResponse[];
}

/** The current options of a question, so options nobody chose still show (with 0%) and the key is known. */
export interface ItemDefinition {
  itemId: ItemId;
  options: readonly { id: string; correct: boolean; text?: string; match?: string }[];
  /** Matching/ordering: parts are judged instead of options (see structured-parts.ts). */
  kind?: 'matching' | 'ordering';
}

/** One premise (matching) or position (ordering) of a structured item. */
export interface PartStatistics {
  /** The premise's option id, or the position (1-based) as text. */
  partId: string;
  /** The premise's text, or the text of the item that belongs at this position. */
  label: string;
  /** Share of responses that got this part right, 0..1. */
  rightShare: number | null;
  /** The wrong response (matching) or item (ordering) given most often here, if any. */
  commonWrong: { id: string; text: string; count: number; share: number } | null;
}

export interface OptionStatistics {
  optionId: string;
  correct: boolean;
  /** Responses that chose this option. */
  count: number;
  /** count / responses; for multiple response the shares of an item add up to more than 1. */
  share: number | null;
  /** Share among the weaker and the stronger half of the responses (ranked by rest score). */
  lowerGroupShare: number | null;
  upperGroupShare: number | null;
}

export interface ItemStatistics {
  itemId: ItemId;
  responses: number;
  /** Mean score, 0..1: the share of right answers (partial credit counts its share). */
  facility: number | null;
  /** corr(mark, rest score): Moodle's discrimination index. */
  discrimination: number | null;
  /** (M_right − M_wrong) / S · √(p·q) over the rest score. */
  pointBiserial: number | null;
  /** Choice items; empty for matching/ordering, which have `parts` instead. */
  options: OptionStatistics[];
  kind?: 'matching' | 'ordering';
  parts?: PartStatistics[];
  /** Share of responses with no option chosen. */
  unansweredShare: number | null;
}

export interface ReliabilityStatistics {
  attempts: number;
  items: number;
  /** Attempts left out because they did not fit the item set (see computeExamReliability). */
  excludedAttempts: number;
  meanScore: number | null;
  scoreStandardDeviation: number | null;
  kr20: number | null;
  alpha: number | null;
  /** Standard error of measurement: σ_X · √(1 − α). */
  sem: number | null;
}
