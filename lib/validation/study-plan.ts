import { z } from 'zod';
import './zod-setup';
import { addDaysToKey } from '@/lib/progress/time-zone';
import { SLUG_PATTERN } from './search-params';

/** A target further out than this is a typo, not a plan. */
export const MAX_DAYS_AHEAD = 2 * 366;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date as YYYY-MM-DD (what <input type="date"> sends). */
const calendarDate = z
  .string({ message: 'Choose your exam date.' })
  .trim()
  .min(1, 'Choose your exam date.')
  .refine(
    (value) => DATE_PATTERN.test(value) && addDaysToKey(value, 0) === value,
    'Enter the date as YYYY-MM-DD, e.g. 2027-03-15.',
  );

export const examSlugField = z
  .string({ message: 'Unknown exam.' })
  .trim()
  .max(120, 'Unknown exam.')
  .regex(SLUG_PATTERN, 'Unknown exam.');

/** The exam-date form; "today" is the learner's, so the range check happens with their time zone. */
export const examTargetSchema = z.object({ examSlug: examSlugField, examDate: calendarDate });

export const clearExamTargetSchema = z.object({ examSlug: examSlugField });

/** Problems with a date relative to the learner's today, or null when it is fine. */
export function examDateProblem(examDate: string, today: string): string | null {
  if (examDate < today) return 'Your exam date cannot be in the past.';
  if (examDate > addDaysToKey(today, MAX_DAYS_AHEAD)) return 'Choose a date within the next two years.';
  return null;
}
