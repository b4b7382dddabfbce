import type { SeedQuestion } from './types';

/**
 * Builders for matching and ordering seed questions (issue 20), so a data set reads as pairs and
 * sequences rather than as option indexes.
 */

interface Common {
  objective: string;
  difficulty: 1 | 2 | 3;
  stem: string;
  explanation: string;
  partialCredit?: boolean;
}

/** Premises with their right responses, then responses that answer none (distractors). */
export function matching(
  common: Common & { pairs: [string, string][]; extra?: string[]; reusable?: boolean },
): SeedQuestion {
  const responses: string[] = [];
  for (const [, response] of common.pairs) if (!responses.includes(response)) responses.push(response);
  for (const response of common.extra ?? []) if (!responses.includes(response)) responses.push(response);
  const premises = common.pairs.length;
  return {
    objective: common.objective,
    difficulty: common.difficulty,
    stem: common.stem,
    explanation: common.explanation,
    kind: 'matching',
    partialCredit: common.partialCredit === true,
    responsesReusable: common.reusable === true,
    options: [
      ...common.pairs.map(([premise, response]) => ({
        text: premise,
        match: premises + responses.indexOf(response),
      })),
      ...responses.map((text) => ({ text })),
    ],
  };
}

/** The items in the right order. */
export function ordering(common: Common & { steps: string[] }): SeedQuestion {
  return {
    objective: common.objective,
    difficulty: common.difficulty,
    stem: common.stem,
    explanation: common.explanation,
    kind: 'ordering',
    partialCredit: common.partialCredit === true,
    options: common.steps.map((text) => ({ text })),
  };
}
