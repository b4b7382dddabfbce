import { z } from 'zod';
import './zod-setup';
import { fieldErrorsOf as issuesByField } from './field-errors';
import { parseTimeZone } from '@/lib/progress/time-zone';
import { REVIEW_RATINGS } from '@/lib/review/rating';
import { param, SLUG_PATTERN, wholeNumberParam } from './search-params';

/** Ids are positive integers of the database; anything else is simply "not found". */
const idSchema = z.coerce
  .number({ message: 'Unknown card.' })
  .int('Unknown card.')
  .positive('Unknown card.')
  .max(Number.MAX_SAFE_INTEGER, 'Unknown card.');

export const cardIdSchema = idSchema;

/** An IANA time zone name the runtime knows, e.g. "Europe/Paris". */
export const timeZoneSchema = z
  .string({ message: 'Send your time zone as an IANA name, e.g. "Europe/Paris".' })
  .transform((value, ctx) => {
    const zone = parseTimeZone(value);
    if (!zone) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value.slice(0, 40)}" is not a time zone we know. Send an IANA name, e.g. "Europe/Paris".`,
      });
      return z.NEVER;
    }
    return zone;
  });

const examSlugSchema = z
  .string({ message: 'Unknown exam.' })
  .trim()
  .max(120, 'Unknown exam.')
  .regex(SLUG_PATTERN, 'Unknown exam.');

export const MAX_REVIEW_TIME_MS = 60 * 60_000;
export const MAX_QUEUE_SIZE = 20;

/** The card as shown and the learner's answer: what a reveal and a rating both carry. */
const shownCardFields = {
  cardId: idSchema,
  /** The card's reps when shown; a review of a card that changed since is refused. */
  seenReps: z
    .number({ message: 'Missing card revision: reload the page.' })
    .int('Bad card revision.')
    .min(0, 'Bad card revision.')
    .max(1_000_000, 'Bad card revision.'),
  /** The question version shown. */
  versionId: z
    .number({ message: 'Unknown question version.' })
    .int('Unknown question version.')
    .positive('Unknown question version.'),
  /** The chosen options; none is allowed ("Show answer" without answering counts as wrong). */
  selected: z
    .array(z.string().min(1, 'Unknown option.').max(16, 'Unknown option.'), {
      message: 'Send the chosen options as a list.',
    })
    .max(26, 'Too many options.'),
  timeSpentMs: z
    .number({ message: 'Bad answer time.' })
    .int('Bad answer time.')
    .min(0, 'Bad answer time.')
    .max(MAX_REVIEW_TIME_MS, 'Bad answer time.')
    .default(0),
};

/** "Check answer" / "Show answer": reveals the key and the four intervals; records nothing. */
export const revealReviewSchema = z.object(shownCardFields).strict();
export type RevealReviewInput = z.infer<typeof revealReviewSchema>;

/** One rated review of the daily review. */
export const submitReviewSchema = z
  .object({
    ...shownCardFields,
    /** The UUID the client made when it showed the card: a retry with it counts once. */
    presentationId: z.uuid({ message: 'Missing review id: reload the page.' }),
    rating: z.enum(REVIEW_RATINGS, { message: 'Rate the card: Again, Hard, Good or Easy.' }),
    /** revealedAt of the reveal this rating answers (server time), so the buttons' intervals hold. */
    revealedAt: z
      .number({ message: 'Bad reveal time: reload the page.' })
      .int('Bad reveal time: reload the page.')
      .positive('Bad reveal time: reload the page.')
      .optional(),
  })
  .strict();
export type SubmitReviewInput = z.infer<typeof submitReviewSchema>;

export const suspendCardSchema = z
  .object({
    cardId: idSchema,
    suspended: z.boolean({ message: 'Say whether to suspend or resume the card.' }),
  })
  .strict();
export type SuspendCardInput = z.infer<typeof suspendCardSchema>;

/** GET parameters of the review queue. */
export const reviewQueueQuerySchema = z.object({
  tz: timeZoneSchema,
  exam: examSlugSchema.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_QUEUE_SIZE).catch(10).default(10),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;

/**
 * The query of GET /api/review/queue, checked by the route: a bad value is a 400 naming it
 * (getReviewQueue, also used by the page, keeps its lenient `limit`).
 */
export const reviewQueueRequestSchema = z.object({
  tz: param(timeZoneSchema),
  exam: param(examSlugSchema).optional(),
  limit: wholeNumberParam(1, MAX_QUEUE_SIZE, `Ask for 1 to ${MAX_QUEUE_SIZE} cards.`).optional(),
});

/** GET parameters of the dashboard data. */
export const dashboardQuerySchema = z.object({ tz: timeZoneSchema });

/** /review?exam=<slug>: a filter that is not a slug is no filter (every exam's cards). */
export const reviewPageQuerySchema = z.object({ exam: param(examSlugSchema).optional().catch(undefined) });

/** zod issues as { field: first message }. */
export function reviewFieldErrors(error: z.ZodError): Record<string, string> {
  return issuesByField(error, { topLevel: true });
}
