import type { ExportQuestion, ImportedOption, KindFields } from '../question-model';

/**
 * Matching and ordering questions in CSV (documented in csv.ts). `type` is `matching` or
 * `ordering`; for matching each option cell is a pair `premise -> response`, or `-> response` for
 * a response no premise uses (a response text used twice makes responses reusable); for ordering
 * the cells are the items in the right order. `correct` holds the scoring rule instead of
 * letters: `all` (all-or-nothing) or `partial`, and for matching optionally `reusable`
 * ("partial;reusable").
 */

export function isKindType(raw: string): raw is 'matching' | 'ordering' {
  return raw === 'matching' || raw === 'ordering';
}

export function readKindRow(
  kind: 'matching' | 'ordering',
  cells: string[],
  correct: string,
  fail: (message: string) => void,
): { options: ImportedOption[]; fields: KindFields } {
  const flags = correct
    .toLowerCase()
    .split(/[;,\s]+/)
    .filter(Boolean);
  for (const flag of flags)
    if (!['all', 'partial', 'reusable'].includes(flag))
      fail(
        `correct: "${flag}" is not a rule of a ${kind} question (all, partial${kind === 'matching' ? ', reusable' : ''})`,
      );
  const partialCredit = flags.includes('partial');
  if (kind === 'ordering')
    return { options: cells.map((text) => ({ text, correct: false })), fields: { kind, partialCredit } };
  const premises: { text: string; response: string }[] = [];
  const responses: string[] = [];
  cells.forEach((cell, i) => {
    const arrow = cell.indexOf('->');
    if (arrow === -1) {
      fail(`option ${i + 1} of a matching question must be "premise -> response" (or "-> response")`);
      return;
    }
    const premise = cell.slice(0, arrow).trim();
    const response = cell.slice(arrow + 2).trim();
    if (!responses.includes(response)) responses.push(response);
    if (premise !== '') premises.push({ text: premise, response });
  });
  const used = premises.map((p) => p.response);
  return {
    options: [
      ...premises.map((p) => ({
        text: p.text,
        correct: false,
        match: premises.length + responses.indexOf(p.response),
      })),
      ...responses.map((text) => ({ text, correct: false })),
    ],
    fields: {
      kind,
      partialCredit,
      responsesReusable: flags.includes('reusable') || new Set(used).size !== used.length,
    },
  };
}

/** The option cells and the `correct` cell of a matching/ordering question. */
export function kindCells(question: ExportQuestion): { cells: string[]; correct: string } {
  const rule = question.partialCredit ? 'partial' : 'all';
  if (question.kind !== 'matching') return { cells: question.options.map((o) => o.text), correct: rule };
  const textOf = new Map(question.options.map((o) => [o.id, o.text]));
  const premises = question.options.filter((o) => o.match !== undefined);
  const used = new Set(premises.map((p) => p.match));
  return {
    cells: [
      ...premises.map((p) => `${p.text} -> ${textOf.get(p.match!) ?? ''}`),
      ...question.options.filter((o) => o.match === undefined && !used.has(o.id)).map((o) => `-> ${o.text}`),
    ],
    correct: question.responsesReusable ? `${rule};reusable` : rule,
  };
}
