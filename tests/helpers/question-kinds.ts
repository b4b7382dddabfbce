import { createQuestion } from './factories';

/**
 * A matching and an ordering version's options for tests: premises a→d, b→e, c→f (g is a
 * distractor response); ordering items a–d in the right order.
 */
export const MATCHING_OPTIONS = [
  { id: 'a', text: 'S3', correct: false, match: 'd' },
  { id: 'b', text: 'EC2', correct: false, match: 'e' },
  { id: 'c', text: 'RDS', correct: false, match: 'f' },
  { id: 'd', text: 'Object storage', correct: false },
  { id: 'e', text: 'Virtual machines', correct: false },
  { id: 'f', text: 'Managed SQL', correct: false },
  { id: 'g', text: 'DNS', correct: false },
];
export const ORDERING_OPTIONS = ['a', 'b', 'c', 'd'].map((id) => ({
  id,
  text: `Step ${id}`,
  correct: false,
}));

/**
 * A matching question (MATCHING_OPTIONS, partial credit) and an ordering one (ORDERING_OPTIONS,
 * all-or-nothing) in the exam.
 */
export async function createKindQuestions(examId: number) {
  const matching = await createQuestion({
    examId,
    stem: 'Match each service to what it is.',
    options: MATCHING_OPTIONS,
    settings: { kind: 'matching', partialCredit: true, responsesReusable: false },
  });
  const ordering = await createQuestion({
    examId,
    stem: 'Put the steps in order.',
    options: ORDERING_OPTIONS,
    settings: { kind: 'ordering', partialCredit: false },
  });
  return { matching, ordering };
}
