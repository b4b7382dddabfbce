import {
  importError,
  importWarning,
  type ImportedOption,
  type ImportProblem,
  type ImportQuestionType,
  type KindFields,
} from '../question-model';
import { parseGiftText, type GiftTextFormat } from './gift-text';

/**
 * The inside of a GIFT answer block `{…}`. The text still holds escape placeholders, so every
 * `~ = # ->` found here is syntax. Offsets are relative to the block's text so problems can name
 * the line of the answer that caused them.
 */

export type GiftAnswerKind =
  'essay' | 'numerical' | 'multiple-choice' | 'matching' | 'true-false' | 'short-answer';

const TRUE_FALSE_KEYS = new Set(['T', 'TRUE', 'F', 'FALSE']);

/** Moodle's order of tests: empty, `#`, any `~`, `=` with `->`, T/F, else short answer. */
export function classifyGiftAnswers(answerText: string): GiftAnswerKind {
  const trimmed = answerText.trim();
  if (trimmed === '') return 'essay';
  if (trimmed.startsWith('#')) return 'numerical';
  if (trimmed.includes('~')) return 'multiple-choice';
  if (trimmed.includes('=') && trimmed.includes('->')) return 'matching';
  const beforeFeedback = trimmed.split('#', 1)[0]!.trim();
  return TRUE_FALSE_KEYS.has(beforeFeedback) ? 'true-false' : 'short-answer';
}

export interface GiftChoices extends KindFields {
  type: ImportQuestionType;
  options: ImportedOption[];
}

interface RawAnswer {
  marker: '=' | '~';
  body: string;
  /** Offset of the marker in the block's text. */
  offset: number;
}

export interface AnswerContext {
  /** Offset of the answer text in the block's text. */
  offset: number;
  format: GiftTextFormat;
  lineAt: (offset: number) => number;
  problems: ImportProblem[];
}

function splitAnswers(answerText: string, context: AnswerContext): RawAnswer[] {
  const markers: number[] = [];
  for (let i = 0; i < answerText.length; i++)
    if (answerText[i] === '=' || answerText[i] === '~') markers.push(i);
  const leading = answerText.slice(0, markers[0] ?? answerText.length).trim();
  if (leading !== '') {
    const line = context.lineAt(context.offset + answerText.search(/\S/));
    context.problems.push(
      importError(line, `Text "${leading}" before the first answer: start each answer with = or ~`),
    );
  }
  return markers.map((at, k) => ({
    marker: answerText[at] as RawAnswer['marker'],
    body: answerText.slice(at + 1, markers[k + 1] ?? answerText.length),
    offset: context.offset + at,
  }));
}

const WEIGHT = /^%(-?\d+(?:\.\d+)?)%/;

/** `%NN%` at the start of an answer: its weight in percent, decimals and negatives allowed. */
function readWeight(
  body: string,
  line: number,
  problems: ImportProblem[],
): { weight: number | null; rest: string } {
  const match = WEIGHT.exec(body);
  if (!match) return { weight: null, rest: body };
  const weight = Number(match[1]);
  if (weight < -100 || weight > 100)
    problems.push(importError(line, `Answer weight ${match[1]}% is outside -100%..100%`));
  return { weight, rest: body.slice(match[0].length) };
}

/**
 * A single-response question is scored right or wrong, so a weight other than 0% on a `~` answer or
 * 100% on the `=` answer is not kept: said on its line, never dropped in silence.
 */
function warnPartialCredit(
  marker: RawAnswer['marker'],
  weight: number,
  line: number,
  problems: ImportProblem[],
) {
  if (marker === '=' ? weight === 100 : weight === 0) return;
  const counts = marker === '=' ? 'counts as fully right' : 'counts as wrong';
  problems.push(
    importWarning(
      line,
      `Answer weight ${weight}% is not kept: in a single-response question this answer ${counts}. For partial credit write the question without = and give every answer a weight (~%50%…).`,
    ),
  );
}

function toOption(answer: RawAnswer, single: boolean, context: AnswerContext): ImportedOption {
  const line = context.lineAt(answer.offset);
  const { weight, rest } = readWeight(answer.body.trim(), line, context.problems);
  const hash = rest.indexOf('#');
  const text = parseGiftText(hash === -1 ? rest : rest.slice(0, hash), context.format).text;
  const feedback = hash === -1 ? '' : parseGiftText(rest.slice(hash + 1), context.format).text;
  const effectiveWeight = weight ?? (answer.marker === '=' ? 100 : 0);
  if (single && weight !== null) warnPartialCredit(answer.marker, weight, line, context.problems);
  // With an `=` in the block only `=` answers are right; without one (checkboxes) any positive weight is.
  const correct = single ? answer.marker === '=' : effectiveWeight > 0;
  const option: ImportedOption = { text, correct, weight: effectiveWeight };
  if (feedback !== '') option.feedback = feedback;
  return option;
}

export function parseMultipleChoice(answerText: string, context: AnswerContext): GiftChoices {
  const single = answerText.includes('=');
  const options = splitAnswers(answerText, context).map((answer) => toOption(answer, single, context));
  return { type: single ? 'single' : 'multiple', options };
}

/** `{TRUE#feedback when wrong#feedback when right}` becomes a single-response True/False pair. */
export function parseTrueFalse(answerText: string, format: GiftTextFormat): GiftChoices {
  // Like Moodle's explode('#', …, 3): a third `#` belongs to the right-answer feedback.
  const [key = '', wrongFeedback = '', ...rest] = answerText.trim().split('#');
  const rightFeedback = rest.join('#');
  const answerIsTrue = key.trim().startsWith('T');
  const feedbackFor = (optionIsTrue: boolean) =>
    parseGiftText(optionIsTrue === answerIsTrue ? rightFeedback : wrongFeedback, format).text;
  const option = (text: string, optionIsTrue: boolean): ImportedOption => {
    const feedback = feedbackFor(optionIsTrue);
    const correct = optionIsTrue === answerIsTrue;
    return feedback === '' ? { text, correct } : { text, correct, feedback };
  };
  return { type: 'single', options: [option('True', true), option('False', false)] };
}

/**
 * `{ =premise -> response … }`: a matching question. Premises come first, then each distinct
 * response (by its text, in order of first use); `= -> text` (no premise) adds a response that
 * answers nothing, as Moodle reads it. A response text used by two premises makes responses
 * reusable. Moodle scores matching per pair, so the question gets partial credit unless its
 * comments say `[tag:scoring:all-or-nothing]` (read by the caller).
 */
export function parseMatching(answerText: string, context: AnswerContext): GiftChoices {
  const premises: { text: string; response: string }[] = [];
  const responses: string[] = [];
  for (const answer of splitAnswers(answerText, context)) {
    const arrow = answer.body.indexOf('->');
    const line = context.lineAt(answer.offset);
    if (answer.marker !== '=' || arrow === -1) {
      context.problems.push(
        importError(line, 'Write each pair of a matching question as =premise -> response'),
      );
      continue;
    }
    const premise = parseGiftText(answer.body.slice(0, arrow), context.format).text;
    const response = parseGiftText(answer.body.slice(arrow + 2), context.format).text;
    if (!responses.includes(response)) responses.push(response);
    if (premise !== '') premises.push({ text: premise, response });
  }
  const used = premises.map((p) => p.response);
  const options: ImportedOption[] = [
    ...premises.map((p) => ({
      text: p.text,
      correct: false,
      match: premises.length + responses.indexOf(p.response),
    })),
    ...responses.map((text) => ({ text, correct: false })),
  ];
  return {
    type: 'single',
    kind: 'matching',
    partialCredit: true,
    responsesReusable: new Set(used).size !== used.length,
    options,
  };
}
