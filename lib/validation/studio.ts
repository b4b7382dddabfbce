import { z } from 'zod';
import './zod-setup';
import { fieldErrorsOf as issuesByField } from './field-errors';
import { exhibitListSchema } from '../exam/exhibits';
import { findKindViolations, QUESTION_KINDS } from './question-kinds';
import {
  choiceParam,
  optionalChoiceParam,
  optionalIdParamSchema,
  param,
  searchTextParam,
  wholeNumberParam,
} from './search-params';

/**
 * Schemas of the question bank studio, shared by its forms (client-side checks and field errors)
 * and its server actions (the authority). Field error keys are issue paths joined with dots:
 * "stem", "options", "options.2.text", "references.0.url", "exhibits.1.alt".
 */

export const STUDIO_QUESTION_TYPES = ['single', 'multiple'] as const;
export const STUDIO_QUESTION_STATUSES = ['active', 'retired', 'draft'] as const;
export type StudioQuestionStatus = (typeof STUDIO_QUESTION_STATUSES)[number];
export const STUDIO_SORTS = ['newest', 'oldest', 'updated'] as const;
export type StudioSort = (typeof STUDIO_SORTS)[number];
export const REPORT_REASON_VALUES = ['wrong_answer', 'unclear', 'typo', 'outdated', 'other'] as const;
export const REPORT_REASON_LABELS: Record<(typeof REPORT_REASON_VALUES)[number], string> = {
  wrong_answer: 'The marked answer is wrong',
  unclear: 'The question is unclear',
  typo: 'Typo or formatting problem',
  outdated: 'Outdated (the service changed)',
  other: 'Something else',
};
/** The learner-facing wording of a stored reason; an unknown stored value is shown as it is. */
export function reportReasonLabel(reason: string): string {
  return REPORT_REASON_LABELS[reason as keyof typeof REPORT_REASON_LABELS] ?? reason;
}
export const MAX_OPTIONS = 10;

const id = (what: string) =>
  z.coerce
    .number({ message: `Choose ${what}.` })
    .int(`Choose ${what}.`)
    .positive(`Choose ${what}.`);

export const optionSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(16)
    .regex(/^[a-z0-9]+$/, 'Bad option id.'),
  text: z
    .string()
    .trim()
    .min(1, 'Write the option’s text.')
    .max(2000, 'Keep an option under 2,000 characters.'),
  correct: z.boolean(),
  /** Matching only: on a premise, the id of its right response. */
  match: z
    .string()
    .max(16)
    // '' = not matched yet (the editor's blank choice): the kind rules name the premise.
    .regex(/^[a-z0-9]*$/, 'Bad response id.')
    .optional(),
});

export const referenceSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Give the reference a title.')
    .max(200, 'Keep the title under 200 characters.'),
  url: z
    .string()
    .trim()
    .max(2000, 'The URL is too long.')
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    }, 'Enter an http(s) URL.'),
});

export const questionContentSchema = z
  .object({
    objectiveId: id('an objective'),
    type: z.enum(STUDIO_QUESTION_TYPES, { message: 'Choose single or multiple response.' }),
    difficulty: z.coerce.number().int().min(1, 'Choose a difficulty.').max(3, 'Choose a difficulty.'),
    stem: z
      .string()
      .trim()
      .min(1, 'Write the question.')
      .max(10_000, 'Keep the question under 10,000 characters.'),
    /** choice (single/multiple by `type`), matching or ordering; fixed once the question exists. */
    kind: z.enum(QUESTION_KINDS, { message: 'Choose a kind of question.' }).default('choice'),
    /** Matching/ordering: a share of the credit for each right pair/position (else all-or-nothing). */
    partialCredit: z.boolean().default(false),
    /** Matching: one response may answer several premises. */
    responsesReusable: z.boolean().default(false),
    options: z.array(optionSchema).max(26, 'At most 26 entries.'),
    explanation: z.string().trim().max(10_000, 'Keep the explanation under 10,000 characters.').default(''),
    references: z.array(referenceSchema).max(20, 'At most 20 references.').default([]),
    /** Images, tables and code/log blocks shown beside the stem (lib/exam/exhibits.ts). */
    exhibits: exhibitListSchema,
  })
  .superRefine((q, ctx) => {
    const ids = new Set(q.options.map((o) => o.id));
    if (ids.size !== q.options.length)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'Two entries share an id; reload the editor.',
      });
    if (q.kind !== 'choice') {
      for (const violation of findKindViolations({ ...q, kind: q.kind }))
        ctx.addIssue({ code: 'custom', path: ['options'], message: `The question ${violation}.` });
      return;
    }
    if (q.options.length > MAX_OPTIONS)
      ctx.addIssue({ code: 'custom', path: ['options'], message: `At most ${MAX_OPTIONS} options.` });
    if (q.options.some((o) => o.match !== undefined))
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only matching questions have matches.' });
    if (q.options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Give at least 2 options.' });
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Mark at least one option as correct.' });
    else if (q.type === 'single' && correct !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `A single-response question needs exactly 1 correct option (${correct} marked).`,
      });
  });
export type QuestionContentInput = z.infer<typeof questionContentSchema>;

/** The editor's payload: the content plus which question and version it was based on. */
export const saveQuestionSchema = z.object({
  questionId: z.coerce.number().int().positive().optional(),
  examId: id('an exam'),
  /** The version the editor loaded; a save on top of a newer one is refused (no lost update). */
  baseVersion: z.coerce.number().int().min(0).optional(),
  asDraft: z.boolean().default(false),
  content: questionContentSchema,
});
export type SaveQuestionInput = z.infer<typeof saveQuestionSchema>;

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'Use at least 2 characters.')
  .max(80, 'Keep the slug under 80 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens.');

export const examFormSchema = z.object({
  slug: slug.optional(),
  code: z.string().trim().min(1, 'Enter the exam code.').max(40, 'Keep the code under 40 characters.'),
  title: z
    .string()
    .trim()
    .min(3, 'Enter a title of at least 3 characters.')
    .max(160, 'Keep the title under 160 characters.'),
  vendor: z.string().trim().min(1, 'Enter the vendor.').max(80, 'Keep the vendor under 80 characters.'),
  description: z.string().trim().max(4000, 'Keep the description under 4,000 characters.').default(''),
  durationMinutes: z.coerce
    .number({ message: 'Enter minutes.' })
    .int('Whole minutes, please.')
    .min(1, 'At least 1 minute.')
    .max(600, 'At most 600 minutes.'),
  questionCount: z.coerce
    .number({ message: 'Enter a number.' })
    .int('A whole number, please.')
    .min(1, 'At least 1 question.')
    .max(500, 'At most 500 questions.'),
  passingScore: z.coerce
    .number({ message: 'Enter a percentage.' })
    .int('A whole percentage, please.')
    .min(1, 'Between 1 and 100.')
    .max(100, 'Between 1 and 100.'),
});
export type ExamFormInput = z.infer<typeof examFormSchema>;

export const objectiveFormSchema = z.object({
  code: z.string().trim().min(1, 'Enter a code.').max(40, 'Keep the code under 40 characters.'),
  title: z.string().trim().min(1, 'Enter a title.').max(200, 'Keep the title under 200 characters.'),
  weight: z.coerce
    .number({ message: 'Enter a weight.' })
    .int('A whole percentage, please.')
    .min(1, 'Between 1 and 100.')
    .max(100, 'Between 1 and 100.'),
});

/** A "1" checkbox of a filter form; anything else is unchecked. */
const flagParam = param(z.literal('1')).optional().catch(undefined);

/**
 * /studio/questions: every filter falls back to "no filter" when it cannot be used (see
 * lib/validation/search-params.ts); the search is cut to 200 characters.
 */
export const questionListQuerySchema = z.object({
  exam: optionalIdParamSchema,
  objective: optionalIdParamSchema,
  type: optionalChoiceParam(STUDIO_QUESTION_TYPES),
  difficulty: wholeNumberParam(1, 3, 'Choose a difficulty.').optional().catch(undefined),
  status: optionalChoiceParam(STUDIO_QUESTION_STATUSES),
  reported: flagParam,
  poor: flagParam,
  /** AI drafts awaiting review: generated (question_ai_provenance) and still a draft. */
  ai: flagParam,
  q: searchTextParam(),
  sort: choiceParam(STUDIO_SORTS, 'newest'),
  cursor: param(z.string().regex(/^\d{1,16}(:\d{1,16})?$/))
    .optional()
    .catch(undefined),
});
export type QuestionListQuery = z.infer<typeof questionListQuerySchema>;

/** The longest "Details" a learner may add to a report (shown to moderators as written). */
export const REPORT_DETAILS_MAX = 2000;

export const reportFormSchema = z
  .object({
    questionId: id('a question'),
    questionVersionId: z.coerce.number().int().positive().optional(),
    // Required, and never preselected by the form: a missing choice is this error, not a default.
    reason: z.enum(REPORT_REASON_VALUES, { message: 'Choose what is wrong with the question.' }),
    details: z
      .string()
      .trim()
      .max(
        REPORT_DETAILS_MAX,
        `Keep the details under ${REPORT_DETAILS_MAX.toLocaleString('en')} characters.`,
      )
      .default(''),
  })
  .refine((r) => r.reason !== 'other' || r.details.length > 0, {
    path: ['details'],
    message: 'Tell us what is wrong.',
  });

export const resolveReportSchema = z.object({
  reportId: id('a report'),
  decision: z.enum(['resolved', 'dismissed'], { message: 'Resolve or dismiss.' }),
  reply: z
    .string()
    .trim()
    .min(1, 'Write a reply the learner will see.')
    .max(2000, 'Keep the reply under 2,000 characters.'),
});

/** /studio/audit: filters of the wrong shape are no filter; the texts are cut to their limits. */
export const auditQuerySchema = z.object({
  action: param(
    z
      .string()
      .max(60)
      .regex(/^[a-z_.]+$/),
  )
    .optional()
    .catch(undefined),
  actor: searchTextParam(200),
  target: searchTextParam(60),
  before: optionalIdParamSchema,
});

/** /studio/exams/:id/statistics?poor=1 */
export const statisticsPageQuerySchema = z.object({ poor: flagParam });

/** /studio/questions/:id?saved=1|version&version=N: the editor's confirmation after a save. */
export const editorPageQuerySchema = z.object({
  saved: optionalChoiceParam(['1', 'version']),
  version: optionalIdParamSchema,
});

/** /studio/questions/new?exam=<id>: without a usable exam id the page lists the exams. */
export const newQuestionPageQuerySchema = z.object({ exam: optionalIdParamSchema });

export const REPORT_QUEUE_TABS = ['open', 'resolved', 'dismissed'] as const;
/** /studio/reports?status: an unknown tab is "open". */
export const reportQueuePageQuerySchema = z.object({ status: choiceParam(REPORT_QUEUE_TABS, 'open') });

/** zod issues as { "path.to.field": first message }. */
export function studioFieldErrors(
  error: z.ZodError,
  prefix: (string | number)[] = [],
): Record<string, string> {
  return issuesByField(error, { prefix });
}
