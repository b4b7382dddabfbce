/**
 * The rules of matching and ordering questions, written once for the studio editor's schema
 * (lib/validation/studio.ts) and every importer (lib/studio/validate-question.ts). Each violation is
 * a phrase that follows "Question …" / "The question …".
 */

export const QUESTION_KINDS = ['choice', 'matching', 'ordering'] as const;
export type QuestionKindName = (typeof QUESTION_KINDS)[number];

export const MATCHING_PREMISES = { min: 2, max: 8 } as const;
export const ORDERING_ITEMS = { min: 3, max: 8 } as const;
/** Responses may outnumber premises (distractors), up to this many. */
export const MAX_RESPONSES = 12;

export interface KindContent {
  kind: 'matching' | 'ordering';
  /** Matching premises carry `match`: their right response, by id (editor) or index (importers). */
  options: readonly { text: string; id?: string; match?: string | number }[];
  responsesReusable?: boolean;
}

function matchingViolations(content: KindContent): string[] {
  const premises = content.options.filter((o) => o.match !== undefined);
  const responses = content.options.filter((o) => o.match === undefined);
  const violations: string[] = [];
  const { min, max } = MATCHING_PREMISES;
  if (premises.length < min || premises.length > max)
    violations.push(`needs ${min} to ${max} premises (found ${premises.length})`);
  if (responses.length > MAX_RESPONSES)
    violations.push(`has ${responses.length} responses (at most ${MAX_RESPONSES})`);
  if (!content.responsesReusable && responses.length < premises.length)
    violations.push(
      `has fewer responses (${responses.length}) than premises (${premises.length}); add responses or let them be reused`,
    );
  const known = new Set<string | number>();
  content.options.forEach((o, index) => {
    if (o.match === undefined) known.add(o.id ?? index);
  });
  const used: (string | number)[] = [];
  premises.forEach((premise, index) => {
    if (!known.has(premise.match!))
      violations.push(`premise ${index + 1} is not matched to one of the responses`);
    else used.push(premise.match!);
  });
  if (!content.responsesReusable && new Set(used).size !== used.length)
    violations.push('uses a response for two premises; make each match different or let responses be reused');
  return violations;
}

/** Every rule a matching/ordering question breaks (text, stem and references are checked elsewhere). */
export function findKindViolations(content: KindContent): string[] {
  const empty = content.options.findIndex((o) => o.text.trim() === '');
  const violations = empty >= 0 ? [`has an empty ${content.kind === 'ordering' ? 'item' : 'entry'}`] : [];
  if (content.kind === 'matching') return [...violations, ...matchingViolations(content)];
  const { min, max } = ORDERING_ITEMS;
  if (content.options.length < min || content.options.length > max)
    violations.push(`needs ${min} to ${max} items to order (found ${content.options.length})`);
  if (content.options.some((o) => o.match !== undefined))
    violations.push('has matches but is an ordering question');
  return violations;
}
