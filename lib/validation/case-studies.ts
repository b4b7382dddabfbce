import { z } from 'zod';
import { exhibitListSchema } from '../exam/exhibits';
import './zod-setup';

/** A case study's scenario is read in a dialog beside its questions: long, but not a book. */
export const SCENARIO_MAX = 20_000;

export const caseStudyFormSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, 'Enter a title of at least 3 characters.')
    .max(160, 'Keep the title under 160 characters.'),
  scenario: z
    .string()
    .trim()
    .min(20, 'Write the scenario (at least 20 characters): the case’s questions refer to it.')
    .max(SCENARIO_MAX, `Keep the scenario under ${SCENARIO_MAX.toLocaleString('en-US')} characters.`),
  status: z.enum(['draft', 'published', 'retired'], { message: 'Choose draft, published or retired.' }),
  /** The form sends the editor's list as JSON text in one field; direct calls pass the array. */
  exhibits: z.preprocess(parseJsonField, exhibitListSchema),
});

function parseJsonField(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    // Left as text: the list schema then refuses it with its own message.
    return value;
  }
}
export type CaseStudyFormInput = z.infer<typeof caseStudyFormSchema>;

const positiveId = z.coerce.number({ message: 'Enter a number.' }).int().positive('Enter a question number.');

/** Put a question into a case study (caseStudyId) or take it out (empty). */
export const questionCaseSchema = z.object({
  questionId: positiveId,
  caseStudyId: z.preprocess((v) => (v === '' || v === null ? null : v), positiveId.nullable()),
});
