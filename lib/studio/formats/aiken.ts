import {
  describeExportedQuestion,
  importError,
  type ExportProblem,
  type ExportQuestion,
  type ExportResult,
  type ImportedQuestion,
  type ImportProblem,
  type ParseResult,
} from '../question-model';
import { acceptValidQuestions } from '../validate-question';
import { splitSourceLines } from './source-lines';

/**
 * Aiken (Moodle): single-answer multiple choice only. A question is one line; each option is a
 * capital letter, `)` or `.`, an optional space and the text; `ANSWER: X` closes the question.
 * Options count by order, so `ANSWER: B` is the second option whatever letter was written on it.
 */

const OPTION_LINE = /^([A-Z])[.)]\s?(.*)$/;
const ANSWER_LINE = /^ANSWER:\s*(.*)$/;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface OpenQuestion {
  line: number;
  stem: string;
  options: string[];
}

function letterRange(count: number): string {
  return count === 0 ? 'none' : count === 1 ? 'A' : `A–${LETTERS[count - 1]}`;
}

function closeQuestion(
  open: OpenQuestion,
  answer: string,
  line: number,
  problems: ImportProblem[],
): ImportedQuestion | null {
  if (open.options.length < 2) {
    problems.push(importError(open.line, `Question needs at least 2 options (found ${open.options.length})`));
    return null;
  }
  if (!/^[A-Z]$/.test(answer)) {
    problems.push(importError(line, `ANSWER must be one capital letter, found "${answer}"`));
    return null;
  }
  const index = LETTERS.indexOf(answer);
  if (index >= open.options.length) {
    problems.push(
      importError(
        line,
        `ANSWER ${answer} is past the last option (options ${letterRange(open.options.length)})`,
      ),
    );
    return null;
  }
  return {
    line: open.line,
    type: 'single',
    stem: open.stem,
    options: open.options.map((text, i) => ({ text, correct: i === index })),
    explanation: '',
    references: [],
  };
}

export function parseAiken(source: string): ParseResult {
  const problems: ImportProblem[] = [];
  const candidates: ImportedQuestion[] = [];
  let open: OpenQuestion | null = null;
  for (const [index, rawLine] of splitSourceLines(source).entries()) {
    const line = index + 1;
    const text = rawLine.trim();
    if (text === '') continue;
    const answer = ANSWER_LINE.exec(text);
    const option = OPTION_LINE.exec(text);
    if (answer) {
      if (!open) problems.push(importError(line, 'ANSWER line before any question'));
      else {
        const question = closeQuestion(open, answer[1]!.trim(), line, problems);
        if (question) candidates.push(question);
      }
      open = null;
    } else if (option) {
      if (!open)
        problems.push(
          importError(line, `Option ${option[1]} before a question (a question line must come first)`),
        );
      else open.options.push(option[2]!.trim());
    } else if (/^answer\s*:/i.test(text)) {
      problems.push(importError(line, 'The answer line must be written "ANSWER: X" in capitals'));
      open = null;
    } else {
      if (open)
        problems.push(
          importError(
            open.line,
            `Question has no ANSWER line before the next question starts on line ${line}`,
          ),
        );
      open = { line, stem: text, options: [] };
    }
  }
  if (open) problems.push(importError(open.line, 'Question has no ANSWER line before the end of the file'));
  return acceptValidQuestions(candidates, problems);
}

/** Why a question cannot be written as Aiken, or null if it can. */
function findAikenObstacle(question: ExportQuestion): string | null {
  if (question.kind)
    return `it is a ${question.kind} question; Aiken holds single-response multiple choice only (export it as JSON or CSV${question.kind === 'matching' ? ', or GIFT' : ''})`;
  const correct = question.options.filter((o) => o.correct).length;
  if (question.type !== 'single' || correct !== 1) return 'Aiken holds single-response questions only';
  if (question.options.length < 2) return 'has fewer than 2 options';
  if (question.options.length > LETTERS.length) return `has more than ${LETTERS.length} options`;
  const stem = question.stem.trim();
  if (/[\r\n]/.test(stem)) return 'the stem spans several lines; an Aiken question is one line';
  if (OPTION_LINE.test(stem) || ANSWER_LINE.test(stem))
    return 'the stem would read back as an option or ANSWER line';
  if (question.options.some((o) => /[\r\n]/.test(o.text.trim()) || o.text.trim() === ''))
    return 'an option is empty or spans several lines';
  return null;
}

function writeQuestion(question: ExportQuestion): string {
  const lines = [question.stem.trim()];
  question.options.forEach((option, i) => lines.push(`${LETTERS[i]}. ${option.text.trim()}`));
  lines.push(`ANSWER: ${LETTERS[question.options.findIndex((o) => o.correct)]}`);
  return lines.join('\n');
}

/** Explanations, references and metadata have no place in Aiken; only stem, options and key are written. */
export function exportAiken(questions: readonly ExportQuestion[]): ExportResult {
  const blocks: string[] = [];
  const problems: ExportProblem[] = [];
  questions.forEach((question, index) => {
    const obstacle = findAikenObstacle(question);
    if (obstacle)
      problems.push({
        question: describeExportedQuestion(question, index),
        message: `Not exportable: ${obstacle}`,
      });
    else blocks.push(writeQuestion(question));
  });
  return { text: blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '', exported: blocks.length, problems };
}
