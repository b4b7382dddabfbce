import { findKindViolations } from '../validation/question-kinds';
import { importError, type ImportedQuestion, type ImportProblem, type ParseResult } from './question-model';

/**
 * The product rules every question must meet, whatever format it came from (the editor applies
 * the same rules through its form schema). Parsers hand their candidates to `acceptValidQuestions`
 * so a rule is written once and every violation carries the question's line.
 */

export const MIN_OPTIONS = 2;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function findOptionViolations(question: ImportedQuestion): string[] {
  if (question.kind)
    return findKindViolations({
      kind: question.kind,
      options: question.options,
      responsesReusable: question.responsesReusable,
    });
  const violations: string[] = [];
  if (question.options.length < MIN_OPTIONS) {
    violations.push(`needs at least ${MIN_OPTIONS} options (found ${question.options.length})`);
  }
  question.options.forEach((option, index) => {
    if (option.text.trim() === '') violations.push(`option ${index + 1} has no text`);
  });
  const correct = question.options.filter((o) => o.correct).length;
  if (correct === 0) {
    violations.push('has no correct option');
  } else if (question.type === 'single' && correct !== 1) {
    violations.push(`is single response but has ${correct} correct options (exactly 1 needed)`);
  }
  return violations;
}

function findReferenceViolations(question: ImportedQuestion): string[] {
  const violations: string[] = [];
  question.references.forEach((reference, index) => {
    if (reference.title.trim() === '') violations.push(`reference ${index + 1} has no title`);
    if (!isHttpUrl(reference.url))
      violations.push(`reference ${index + 1} URL "${reference.url}" is not an http(s) URL`);
  });
  return violations;
}

/** Every rule the question breaks, as phrases that follow "Question …". */
export function findQuestionViolations(question: ImportedQuestion): string[] {
  const violations: string[] = [];
  if (question.stem.trim() === '') violations.push('has an empty stem');
  violations.push(...findOptionViolations(question));
  if (question.difficulty !== undefined && ![1, 2, 3].includes(question.difficulty)) {
    violations.push(`has difficulty ${String(question.difficulty)} (1, 2 or 3 expected)`);
  }
  violations.push(...findReferenceViolations(question));
  return violations;
}

/** The first words of a text on one line, to name a question that has no name. */
export function excerpt(text: string, maxLength = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= maxLength ? oneLine : `${oneLine.slice(0, maxLength - 1)}…`;
}

function labelOf(question: ImportedQuestion): string {
  if (question.name) return `Question "${question.name}"`;
  return question.stem.trim() ? `Question "${excerpt(question.stem)}"` : 'Question';
}

/** Keeps the questions that meet the rules and turns each violation of the others into an error. */
export function acceptValidQuestions(candidates: ImportedQuestion[], problems: ImportProblem[]): ParseResult {
  const questions: ImportedQuestion[] = [];
  const allProblems = [...problems];
  for (const question of candidates) {
    const violations = findQuestionViolations(question);
    if (violations.length === 0) {
      questions.push(question);
      continue;
    }
    for (const violation of violations)
      allProblems.push(importError(question.line, `${labelOf(question)} ${violation}`));
  }
  allProblems.sort((a, b) => a.line - b.line);
  return { questions, problems: allProblems };
}
