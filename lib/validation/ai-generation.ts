import { z } from 'zod';
import './zod-setup';

/** The studio's "Generate drafts" request (form and route body, POST /api/studio/generate). */

export const MAX_GENERATED_QUESTIONS = 20;
/** Guidance or source text the moderator pastes: the route's JSON body is at most 8 KB. */
export const MAX_GUIDANCE_LENGTH = 4000;

export const generationRequestSchema = z.object({
  examId: z.coerce.number({ message: 'Choose an exam.' }).int('Choose an exam.').positive('Choose an exam.'),
  objectiveId: z.coerce
    .number({ message: 'Choose an objective.' })
    .int('Choose an objective.')
    .positive('Choose an objective.'),
  count: z.coerce
    .number({ message: 'Choose how many questions.' })
    .int('Choose a whole number.')
    .min(1, 'At least 1 question.')
    .max(MAX_GENERATED_QUESTIONS, `At most ${MAX_GENERATED_QUESTIONS} questions at a time.`),
  difficulty: z.coerce
    .number({ message: 'Choose a difficulty.' })
    .int('Choose a difficulty.')
    .min(1, 'Choose a difficulty.')
    .max(3, 'Choose a difficulty.'),
  type: z.enum(['single', 'multiple'], { message: 'Choose single or multiple response.' }),
  guidance: z
    .string()
    .trim()
    .max(
      MAX_GUIDANCE_LENGTH,
      `Keep the guidance under ${MAX_GUIDANCE_LENGTH.toLocaleString('en')} characters.`,
    )
    .default(''),
});
export type GenerationRequest = z.infer<typeof generationRequestSchema>;

/** The parameters each question's provenance and audit row carry: the guidance's length, not its text. */
export function generationParameters(request: GenerationRequest): Record<string, unknown> {
  return {
    objectiveId: request.objectiveId,
    count: request.count,
    difficulty: request.difficulty,
    type: request.type,
    guidanceLength: request.guidance.length,
  };
}
