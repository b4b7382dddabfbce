import { z } from 'zod';
import { codeExhibitSchema, MAX_EXHIBITS, tableExhibitSchema } from '../../lib/exam/exhibits';
import { findKindViolations } from '../../lib/validation/question-kinds';
import type { SeedExam } from './types';

const optionSchema = z.object({
  text: z.string().trim().min(1),
  correct: z.boolean().optional(),
  match: z.number().int().min(0).optional(),
});

/** Tables and code as the app checks them; an image names a seed image (stored at seeding). */
const seedExhibitsSchema = z
  .array(
    z.union([
      tableExhibitSchema,
      codeExhibitSchema,
      z.object({ kind: z.literal('image'), title: z.string().min(1), alt: z.string().min(1) }),
    ]),
  )
  .max(MAX_EXHIBITS)
  .optional();

const questionSchema = z
  .object({
    objective: z.string().min(1),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    stem: z.string().trim().min(10),
    options: z.array(optionSchema).min(2).max(20),
    explanation: z.string().trim().min(10),
    references: z.array(z.object({ title: z.string().min(1), url: z.url() })).optional(),
    kind: z.enum(['matching', 'ordering']).optional(),
    partialCredit: z.boolean().optional(),
    responsesReusable: z.boolean().optional(),
    exhibits: seedExhibitsSchema,
  })
  .superRefine((q, ctx) => {
    if (q.kind) {
      for (const violation of findKindViolations({ ...q, kind: q.kind }))
        ctx.addIssue({ code: 'custom', message: violation });
    } else if (!q.options.some((o) => o.correct))
      ctx.addIssue({ code: 'custom', message: 'needs at least one correct option' });
  });

const examSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    code: z.string().min(1),
    title: z.string().min(1),
    vendor: z.string().min(1),
    description: z.string(),
    durationMinutes: z.number().int().positive(),
    questionCount: z.number().int().positive(),
    passingScore: z.number().int().min(1).max(100),
    objectives: z
      .array(
        z.object({
          code: z.string().min(1),
          title: z.string().min(1),
          weight: z.number().int().min(1).max(100),
        }),
      )
      .min(1),
    questions: z.array(questionSchema),
    caseStudies: z
      .array(
        z.object({
          title: z.string().min(3),
          scenario: z.string().min(20),
          exhibits: seedExhibitsSchema,
          questions: z.array(questionSchema).min(2),
        }),
      )
      .optional(),
  })
  .superRefine((exam, ctx) => {
    const total = exam.objectives.reduce((sum, o) => sum + o.weight, 0);
    if (total !== 100)
      ctx.addIssue({ code: 'custom', message: `objective weights sum to ${total}, not 100` });
    const codes = new Set(exam.objectives.map((o) => o.code));
    if (codes.size !== exam.objectives.length)
      ctx.addIssue({ code: 'custom', message: 'objective codes repeat' });
    exam.questions.forEach((q, index) => {
      if (!codes.has(q.objective)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'objective'],
          message: `unknown objective "${q.objective}"`,
        });
      }
    });
    exam.caseStudies?.forEach((c, caseIndex) =>
      c.questions.forEach((q, index) => {
        if (!codes.has(q.objective))
          ctx.addIssue({
            code: 'custom',
            path: ['caseStudies', caseIndex, 'questions', index, 'objective'],
            message: `unknown objective "${q.objective}"`,
          });
      }),
    );
  });

/** Throws a readable error naming the exam and the first problems. */
export function validateSeedExam(exam: SeedExam): SeedExam {
  const result = examSchema.safeParse(exam);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(exam)'}: ${i.message}`);
    throw new Error(`Seed exam "${exam.slug}" is invalid:\n  ${problems.join('\n  ')}`);
  }
  return exam;
}
