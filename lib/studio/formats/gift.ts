import {
  importError,
  unsupportedQuestion,
  type ImportedQuestion,
  type ImportProblem,
  type ParseResult,
} from '../question-model';
import { acceptValidQuestions, excerpt } from '../validate-question';
import {
  classifyGiftAnswers,
  parseMatching,
  parseMultipleChoice,
  parseTrueFalse,
  type GiftAnswerKind,
  type GiftChoices,
} from './gift-answers';
import { lineInBlock, splitGiftBlocks, type GiftBlock } from './gift-blocks';
import { restoreGiftEscapes } from './gift-escapes';
import { readGiftMetadata } from './gift-metadata';
import { parseGiftText, type GiftTextFormat } from './gift-text';

export { exportGift } from './gift-export';

/**
 * Moodle GIFT import (Moodle's documented GIFT syntax). Multiple choice (`=`/`~`, weights, feedback,
 * general feedback), multiple answer (no `=`: weights > 0 are right), true/false and matching become
 * questions; every other GIFT type is reported as unsupported with its line, never dropped silently.
 */

const CATEGORY_PREFIX = '$CATEGORY:';

const UNSUPPORTED_KINDS: Partial<Record<GiftAnswerKind, string>> = {
  essay: 'an essay question ({})',
  numerical: 'a numerical question ({#…})',
  'short-answer': 'a short-answer question ({=answer} without ~)',
};

interface AnswerBlock {
  open: number;
  close: number;
}

/** How a problem names a question: by its ::name::, else by the start of its text. */
function labelOf(block: GiftBlock, name: string | undefined): string {
  return name ? `Question "${name}"` : `Question "${excerpt(restoreGiftEscapes(block.text))}"`;
}

function readCategory(block: GiftBlock, problems: ImportProblem[]): string {
  const firstLineEnd = block.text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? block.text : block.text.slice(0, firstLineEnd);
  if (firstLineEnd !== -1) {
    problems.push(
      importError(
        lineInBlock(block, firstLineEnd + 1),
        '$CATEGORY must be a block of its own: leave a blank line after it',
      ),
    );
  }
  return restoreGiftEscapes(firstLine.trim().slice(CATEGORY_PREFIX.length)).trim();
}

/** `::name::` at the start; returns the name and where the question text begins, or null on error. */
function readName(
  block: GiftBlock,
  start: number,
  problems: ImportProblem[],
): { name?: string; next: number } | null {
  if (!block.text.startsWith('::', start)) return { next: start };
  const end = block.text.indexOf('::', start + 2);
  if (end === -1) {
    problems.push(
      importError(lineInBlock(block, start), 'Question name opened with :: is never closed with ::'),
    );
    return null;
  }
  const name = restoreGiftEscapes(block.text.slice(start + 2, end)).trim();
  return { ...(name ? { name } : {}), next: end + 2 };
}

/** The first `{` and the first `}` (Moodle's rule); null after reporting a brace error or a description. */
function findAnswerBlock(
  block: GiftBlock,
  from: number,
  label: string,
  problems: ImportProblem[],
): AnswerBlock | null {
  const open = block.text.indexOf('{', from);
  const close = block.text.indexOf('}', from);
  if (open === -1 && close === -1) {
    problems.push(
      unsupportedQuestion(block.line, `${label} is a description (no answer block): not supported`),
    );
  } else if (close === -1) {
    problems.push(
      importError(
        lineInBlock(block, open),
        'Unclosed brace: the answer block { has no closing } before the next blank line',
      ),
    );
  } else if (open === -1 || close < open) {
    problems.push(
      importError(
        lineInBlock(block, close),
        'Closing brace } without an opening brace { (write \\} for a literal brace)',
      ),
    );
  } else {
    return { open, close };
  }
  return null;
}

interface QuestionParts {
  block: GiftBlock;
  answers: AnswerBlock;
  label: string;
  stemFormat: GiftTextFormat;
  problems: ImportProblem[];
}

function readChoices({
  block,
  answers,
  label,
  stemFormat,
  problems,
}: QuestionParts): { choices: GiftChoices; explanation: string } | null {
  let answerText = block.text.slice(answers.open + 1, answers.close);
  const generalFeedbackAt = answerText.lastIndexOf('####');
  const explanation =
    generalFeedbackAt === -1 ? '' : parseGiftText(answerText.slice(generalFeedbackAt + 4), stemFormat).text;
  if (generalFeedbackAt !== -1) answerText = answerText.slice(0, generalFeedbackAt);
  const kind = classifyGiftAnswers(answerText);
  let choices: GiftChoices | null = null;
  if (kind === 'multiple-choice') {
    const context = {
      offset: answers.open + 1,
      format: stemFormat,
      lineAt: (offset: number) => lineInBlock(block, offset),
      problems,
    };
    choices = parseMultipleChoice(answerText, context);
    const keys = choices.options.filter((o) => o.correct).length;
    if (choices.type === 'single' && keys > 1) {
      problems.push(
        unsupportedQuestion(
          block.line,
          `${label} has ${keys} answers marked = but a single-response question has one right answer: keep one = and make the others ~, or, if several are right, write it as multiple response with weights instead of = (e.g. ~%50%first ~%50%second ~%-100%wrong).`,
        ),
      );
      return null;
    }
  } else if (kind === 'true-false') {
    choices = parseTrueFalse(answerText, stemFormat);
  } else if (kind === 'matching') {
    choices = parseMatching(answerText, {
      offset: answers.open + 1,
      format: stemFormat,
      lineAt: (offset: number) => lineInBlock(block, offset),
      problems,
    });
  } else {
    problems.push(unsupportedQuestion(block.line, `${label} is ${UNSUPPORTED_KINDS[kind]}: not supported`));
  }
  return choices && { choices, explanation };
}

function parseGiftQuestion(block: GiftBlock, problems: ImportProblem[]): ImportedQuestion | null {
  const start = block.text.search(/\S/);
  const named = readName(block, start, problems);
  if (!named) return null;
  const label = labelOf(block, named.name);
  const answers = findAnswerBlock(block, named.next, label, problems);
  if (!answers) return null;
  if (block.text.slice(answers.close + 1).trim() !== '') {
    problems.push(
      unsupportedQuestion(
        block.line,
        `${label} is a missing-word question (text after the answer block): not supported`,
      ),
    );
    return null;
  }
  const stem = parseGiftText(block.text.slice(named.next, answers.open));
  const parsed = readChoices({ block, answers, label, stemFormat: stem.format, problems });
  if (!parsed) return null;
  const metadata = readGiftMetadata(block.comments, problems);
  const question: ImportedQuestion = {
    line: block.line,
    type: parsed.choices.type,
    stem: stem.text,
    options: parsed.choices.options,
    explanation: parsed.explanation,
    references: metadata.references,
  };
  if (parsed.choices.kind) {
    question.kind = parsed.choices.kind;
    question.partialCredit = metadata.allOrNothing ? false : parsed.choices.partialCredit === true;
    question.responsesReusable = metadata.reusable === true || parsed.choices.responsesReusable === true;
  }
  if (named.name !== undefined) question.name = named.name;
  if (metadata.objectiveCode !== undefined) question.objectiveCode = metadata.objectiveCode;
  if (metadata.difficulty !== undefined) question.difficulty = metadata.difficulty;
  return question;
}

export function parseGift(source: string): ParseResult {
  const problems: ImportProblem[] = [];
  const candidates: ImportedQuestion[] = [];
  let category: string | undefined;
  for (const block of splitGiftBlocks(source)) {
    if (block.text.trimStart().startsWith(CATEGORY_PREFIX)) {
      category = readCategory(block, problems) || undefined;
      continue;
    }
    const question = parseGiftQuestion(block, problems);
    if (question) candidates.push(category === undefined ? question : { ...question, category });
  }
  return acceptValidQuestions(candidates, problems);
}
