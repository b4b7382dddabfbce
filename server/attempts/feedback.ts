import 'server-only';
import { keyOf, type QuestionSettings } from '@/lib/exam/kinds';
import { correctOptionIds, isFullMarks, scoreAnswer } from '@/lib/exam/scoring';
import type { AnswerFeedback } from '@/lib/exam/views';
import { num, referencesOf, str, type StoredOption } from '@/server/row-values';

/**
 * What practice shows after an answer: right or not (and the share, with partial credit), the
 * key (choice: the correct options; matching: the right pairs; ordering: the right order), the
 * explanation and references. One mapping for the save's answer and the runner page's reload.
 */
export function answerFeedback(
  options: StoredOption[],
  settings: QuestionSettings,
  selected: string[] | null,
  row: Record<string, unknown>,
): AnswerFeedback {
  const score = scoreAnswer(options, selected, settings);
  return {
    questionId: num(row.question_id),
    questionVersionId: num(row.question_version_id),
    correct: isFullMarks(score),
    score,
    correctOptionIds: settings.kind ? keyOf(settings.kind, options) : correctOptionIds(options),
    explanation: str(row.explanation),
    references: referencesOf(row.refs),
  };
}
