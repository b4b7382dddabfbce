import { z } from 'zod';
import '../validation/zod-setup';
import { jsonQuestionSchema, toImportedQuestion } from '../studio/formats/json';
import type { ImportedQuestion } from '../studio/question-model';
import { excerpt, findQuestionViolations } from '../studio/validate-question';
import type { GenerationRequest } from '../validation/ai-generation';

/**
 * A generated question is checked exactly like an imported one: the JSON importer's schema
 * (`jsonQuestionSchema`, strict), the product rules every importer applies
 * (`findQuestionViolations`: options, exactly one correct for single response, references), plus
 * what a draft for review must have: 2–6 options, an explanation, the kind that was asked for,
 * and the editor's length limits. An item that fails is dropped with its reasons, never stored.
 */

export const MAX_GENERATED_OPTIONS = 6;

/** The shape asked of the model (its JSON schema goes to the provider); a subset of the JSON format. */
export const generatedQuestionSchema = z.object({
  type: z.enum(['single', 'multiple']),
  difficulty: z.number().int().min(1).max(3),
  stem: z.string().describe('The question, in Markdown.'),
  options: z
    .array(z.object({ text: z.string(), correct: z.boolean() }))
    .describe(`2 to ${MAX_GENERATED_OPTIONS} answer options.`),
  explanation: z.string().describe('Why the correct options are right and the others wrong.'),
  references: z
    .array(z.object({ title: z.string(), url: z.string() }))
    .describe('Public official documentation, https URLs only.'),
});

export type GeneratedItemCheck =
  | { ok: true; question: ImportedQuestion; excerpt: string }
  | { ok: false; reasons: string[]; excerpt: string };

/** Control characters other than tab and line breaks have no place in question text. */
function stripControlCharacters(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  if (Array.isArray(value)) return value.map(stripControlCharacters);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripControlCharacters(v)]));
  return value;
}

function draftViolations(question: ImportedQuestion, request: Pick<GenerationRequest, 'type'>): string[] {
  const violations: string[] = [];
  if (question.options.length > MAX_GENERATED_OPTIONS)
    violations.push(`has ${question.options.length} options (at most ${MAX_GENERATED_OPTIONS})`);
  if (question.explanation === '') violations.push('has no explanation');
  if (question.type !== request.type)
    violations.push(`is ${question.type} response, but ${request.type} response was asked for`);
  if (question.stem.length > 10_000) violations.push('has a stem over 10,000 characters');
  if (question.explanation.length > 10_000) violations.push('has an explanation over 10,000 characters');
  if (question.options.some((o) => o.text.length > 2000))
    violations.push('has an option over 2,000 characters');
  if (question.references.length > 20) violations.push('has more than 20 references');
  return violations;
}

export function checkGeneratedItem(
  raw: unknown,
  request: Pick<GenerationRequest, 'type' | 'difficulty'>,
  position: number,
): GeneratedItemCheck {
  const cleaned = stripControlCharacters(raw);
  const stem = (cleaned as { stem?: unknown } | null)?.stem;
  const label = excerpt(typeof stem === 'string' && stem.trim() ? stem : `Item ${position}`, 80);
  const parsed = jsonQuestionSchema.safeParse(cleaned);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => {
      const path = issue.path.join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    });
    return { ok: false, reasons, excerpt: label };
  }
  const question = toImportedQuestion(parsed.data, position);
  question.difficulty ??= request.difficulty as 1 | 2 | 3;
  const reasons = [...findQuestionViolations(question), ...draftViolations(question, request)];
  if (reasons.length > 0) return { ok: false, reasons, excerpt: label };
  return { ok: true, question, excerpt: label };
}
