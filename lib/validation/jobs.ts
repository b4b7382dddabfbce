import { z } from 'zod';

/** The retry button of /admin/jobs: a job id from the form. */
export const jobIdSchema = z.object({ jobId: z.coerce.number().int().positive('Unknown job.') });
