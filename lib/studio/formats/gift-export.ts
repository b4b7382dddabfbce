import {
  describeExportedQuestion,
  type ExportOption,
  type ExportProblem,
  type ExportQuestion,
  type ExportResult,
} from '../question-model';
import { escapeGiftText } from './gift-escapes';
import { writeGiftMetadata } from './gift-metadata';
import { startsWithFormatTag } from './gift-text';

/**
 * GIFT export. Stems are written as `[markdown]` (what the product stores; answers and feedback
 * inherit it), every text is escaped and kept on one line, objective/difficulty/references travel
 * in comment tokens (see gift-metadata.ts), and `$CATEGORY:` blocks appear when the category changes.
 */

/** Moodle wants the positive weights of a multiple-answer question to add up to 100%. */
function multipleAnswerWeight(correctCount: number): number {
  return Number((100 / correctCount).toFixed(5));
}

/**
 * A text that happens to start like a format tag (`[html]…`) or an answer weight (`%50%…`) would
 * lose that prefix on import; an explicit `[markdown]` tag in front keeps it (Moodle reads it too).
 */
function writeText(text: string): string {
  const escaped = escapeGiftText(text);
  return startsWithFormatTag(escaped) || /^%-?\d+(?:\.\d+)?%/.test(escaped)
    ? `[markdown]${escaped}`
    : escaped;
}

function writeOption(option: ExportOption, question: ExportQuestion, correctCount: number): string {
  let marker: string;
  if (question.type === 'single') marker = option.correct ? '=' : '~';
  // Wrong answers cost a full mark so that ticking everything earns nothing, as in all-or-nothing scoring.
  else marker = option.correct ? `~%${multipleAnswerWeight(correctCount)}%` : '~%-100%';
  const feedback = option.feedback ? `#${writeText(option.feedback)}` : '';
  return `\t${marker}${writeText(option.text)}${feedback}`;
}

/** `=premise -> response` per premise, then `= -> response` for each response no premise uses. */
function writeMatchingPairs(question: ExportQuestion): string[] {
  const textOf = new Map(question.options.map((o) => [o.id, o.text]));
  const premises = question.options.filter((o) => o.match !== undefined);
  const used = new Set(premises.map((p) => p.match));
  return [
    ...premises.map((p) => `\t=${writeText(p.text)} -> ${writeText(textOf.get(p.match!) ?? '')}`),
    ...question.options
      .filter((o) => o.match === undefined && !used.has(o.id))
      .map((o) => `\t= -> ${writeText(o.text)}`),
  ];
}

function writeQuestion(question: ExportQuestion): string {
  const lines: string[] = [];
  if (question.id !== undefined) lines.push(`// question: ${String(question.id).replace(/\s+/g, ' ')}`);
  lines.push(
    ...writeGiftMetadata({
      ...question,
      allOrNothing: question.kind === 'matching' && !question.partialCredit,
      reusable: question.kind === 'matching' && question.responsesReusable === true,
    }),
  );
  const name = question.name ? `::${escapeGiftText(question.name)}::` : '';
  lines.push(`${name}[markdown]${escapeGiftText(question.stem)}{`);
  const correctCount = question.options.filter((o) => o.correct).length;
  if (question.kind === 'matching') lines.push(...writeMatchingPairs(question));
  else for (const option of question.options) lines.push(writeOption(option, question, correctCount));
  if (question.explanation.trim() !== '') lines.push(`\t####${writeText(question.explanation)}`);
  lines.push('}');
  return lines.join('\n');
}

function checkExportable(question: ExportQuestion): string | null {
  if (question.kind === 'ordering')
    return 'GIFT has no ordering questions (export it as JSON or CSV to keep it)';
  if (question.kind === 'matching') return null;
  if (question.options.length < 2) return 'has fewer than 2 options';
  if (!question.options.some((o) => o.correct)) return 'has no correct option';
  return null;
}

export function exportGift(questions: readonly ExportQuestion[]): ExportResult {
  const blocks: string[] = [];
  const problems: ExportProblem[] = [];
  let category: string | undefined;
  let exported = 0;
  questions.forEach((question, index) => {
    const reason = checkExportable(question);
    if (reason) {
      problems.push({
        question: describeExportedQuestion(question, index),
        message: `Not exported: ${reason}`,
      });
      return;
    }
    if (question.category !== undefined && question.category !== category) {
      category = question.category;
      blocks.push(`$CATEGORY: ${category.replace(/\r\n|\r|\n/g, ' ')}`);
    }
    blocks.push(writeQuestion(question));
    exported++;
  });
  return { text: blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '', exported, problems };
}
