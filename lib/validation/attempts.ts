import { z } from 'zod';
import './zod-setup';
import { fieldErrorsOf as issuesByField } from './field-errors';
import { REVIEW_FILTERS } from '../exam/review';
import { choiceParam, pageParamSchema, wholeNumberParam } from './search-params';

export const PRACTICE_FILTERS = ['all', 'unseen', 'missed', 'flagged'] as const;
export type PracticeFilter = (typeof PRACTICE_FILTERS)[number];
export const MAX_PRACTICE_QUESTIONS = 100;
/** "Practice filters by kind" (issue 20): any kind, or only one. */
export const PRACTICE_KINDS = ['any', 'single', 'multiple', 'matching', 'ordering'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

export const attemptIdSchema = z.uuid({ message: 'This attempt does not exist.' });

export const examSlugSchema = z
  .string({ message: 'Choose an exam.' })
  .trim()
  .min(1, 'Choose an exam.')
  .max(120, 'Unknown exam.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Unknown exam.');

export const startMockSchema = z.object({ examSlug: examSlugSchema });
export type StartMockInput = z.infer<typeof startMockSchema>;

export const startPracticeSchema = z.object({
  examSlug: examSlugSchema,
  objectives: z
    .array(z.string().trim().min(1).max(40), { message: 'Choose at least one objective.' })
    .min(1, 'Choose at least one objective.')
    .max(100, 'Too many objectives.'),
  count: z.coerce
    .number({ message: 'Enter a number of questions.' })
    .int('Enter a whole number of questions.')
    .min(1, 'Choose at least 1 question.')
    .max(MAX_PRACTICE_QUESTIONS, `Choose at most ${MAX_PRACTICE_QUESTIONS} questions.`),
  filter: z.enum(PRACTICE_FILTERS, { message: 'Choose which questions to include.' }).default('all'),
  kind: z.enum(PRACTICE_KINDS, { message: 'Choose a question kind.' }).default('any'),
  timed: z.boolean().default(false),
});
export type StartPracticeInput = z.infer<typeof startPracticeSchema>;

/** The practice form as FormData: objectives are repeated checkboxes, "timed" a checkbox. */
export function practiceInputFromForm(form: FormData): Record<string, unknown> {
  return {
    examSlug: form.get('examSlug'),
    objectives: form.getAll('objectives').filter((v) => typeof v === 'string'),
    count: form.get('count') ?? undefined,
    filter: form.get('filter') ?? undefined,
    kind: form.get('kind') ?? undefined,
    timed: form.get('timed') === 'on' || form.get('timed') === 'true',
  };
}

/** One save from the runner: an answer, a flag and/or struck-out options, for the question at `position`. */
export const saveAnswerSchema = z
  .object({
    position: z
      .number({ message: 'Unknown question.' })
      .int('Unknown question.')
      .min(0, 'Unknown question.')
      .max(999, 'Unknown question.'),
    selected: z
      .array(z.string().min(1, 'Unknown option.').max(16, 'Unknown option.'), {
        message: 'The answer must be a list of options.',
      })
      .max(26, 'Too many options.')
      .optional(),
    flagged: z.boolean({ message: 'The flag must be true or false.' }).optional(),
    /** Every option the learner has struck out on this question (the whole list, not a change). */
    struck: z
      .array(z.string().min(1, 'Unknown option.').max(16, 'Unknown option.'), {
        message: 'The struck-out options must be a list of options.',
      })
      .max(26, 'Too many options.')
      .optional(),
    /** The client's revision of this question's state; older saves than the stored one are ignored. */
    revision: z
      .number({ message: 'Missing revision.' })
      .int('Bad revision.')
      .min(0, 'Bad revision.')
      .max(Number.MAX_SAFE_INTEGER, 'Bad revision.'),
    timeSpentMs: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3600_000)
      .optional(),
  })
  .strict()
  .refine((v) => v.selected !== undefined || v.flagged !== undefined || v.struck !== undefined, {
    message: 'Nothing to save: send an answer, a flag or struck-out options.',
    path: ['selected'],
  });
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

/** /history?page: an unusable page is page 1. */
export const historyPageSchema = z.object({ page: pageParamSchema });

/** /attempts/:id?q=N (1-based question number): anything else opens the first question. */
export const runnerPageQuerySchema = z.object({
  q: wholeNumberParam(1, 999, 'Unknown question.').optional().catch(undefined),
});

/** /attempts/:id/result?filter: anything else shows every question. */
export const resultPageQuerySchema = z.object({ filter: choiceParam(REVIEW_FILTERS, 'all') });

/** zod issues as { field: first message } for forms and JSON errors. */
export function attemptFieldErrors(error: z.ZodError): Record<string, string> {
  return issuesByField(error, { topLevel: true });
}
