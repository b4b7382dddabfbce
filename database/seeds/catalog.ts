import { buildExamStatements } from './exam-statements';
import { sha256Json, type SeedSet } from './seed-set';
import type { SeedExam } from './types';
import { validateSeedExam } from './validate';

/** Exams with their objectives and questions, published. */
export function catalogSet(name: string, exams: SeedExam[]): SeedSet {
  return {
    name,
    describe: () =>
      `${exams.length} exams, ${exams.reduce((sum, e) => sum + e.questions.length, 0)} questions`,
    checksum: () => sha256Json(exams),
    async build(ctx) {
      return exams.flatMap((exam) => buildExamStatements(validateSeedExam(exam), ctx.now));
    },
    wipe: () => [
      {
        sql: `DELETE FROM exams WHERE slug IN (${exams.map(() => '?').join(', ')})`,
        args: exams.map((e) => e.slug),
      },
    ],
  };
}
