import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { saveAnswerSchema, startMockSchema, startPracticeSchema } from '@/lib/validation/attempts';
import { submitReviewSchema, suspendCardSchema } from '@/lib/validation/review';
import {
  examFormSchema,
  objectiveFormSchema,
  reportFormSchema,
  resolveReportSchema,
  saveQuestionSchema,
} from '@/lib/validation/studio';
import { importFormSchema } from '@/lib/validation/studio-import';
import { saveAnswer } from '@/server/attempts/answers';
import { startMistakesPractice, startMockExam, startPractice } from '@/server/attempts/start';
import { abandonAttempt, submitAttempt } from '@/server/attempts/submit';
import { recordReview } from '@/server/review/record-review';
import { setCardSuspended } from '@/server/review/suspend';
import { createExam } from '@/server/studio/exams';
import { createObjective } from '@/server/studio/objectives';
import { commitImport, dryRunImport } from '@/server/studio/import';
import { saveQuestion } from '@/server/studio/questions';
import { createReport, resolveReport } from '@/server/studio/reports';
import { ctx } from '../../helpers/context';
import { createUser, examIdBySlug } from '../../helpers/factories';
import { FUZZ_RUNS, hostileForm, hostileValue, rowCounts } from '../../helpers/fuzz';

// Every zod-validated entry point of exam taking, review and the studio gets thousands of
// generated bad inputs: each must be refused with one of our own errors (a clear message, never
// a TypeError or a database error) and nothing may be written.
const CLEAN_ERRORS = new Set([
  'AttemptInputError',
  'AttemptNotFoundError',
  'ExamNotFoundError',
  'NoQuestionsError',
  'StudioError',
  'ReviewInputError',
  'CardNotFoundError',
  'AuthorizationError',
]);

async function expectRefused(call: Promise<unknown>): Promise<void> {
  const error = await call.then(
    () => new Error('accepted a bad input'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  const { name, message } = error as Error;
  if (!CLEAN_ERRORS.has(name)) throw new Error(`unclean refusal ${name}: ${message}`);
  expect(message.length).toBeGreaterThan(0);
}

const invalid = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  !schema.safeParse(value).success;

describe('fuzzing exam taking', () => {
  it('start, save, submit and abandon refuse garbage cleanly and write nothing', async () => {
    const learner = await createUser();
    const attempt = await startMockExam(learner, { examSlug: 'test-exam' }, new Date());
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(
        hostileForm(['examSlug']),
        hostileForm(['examSlug', 'objectives', 'count', 'filter', 'timed']),
        hostileForm(['position', 'selected', 'flagged', 'revision', 'timeSpentMs']),
        hostileValue,
        async (mock, practice, answer, id) => {
          fc.pre(
            invalid(startMockSchema, mock) &&
              invalid(startPracticeSchema, practice) &&
              invalid(saveAnswerSchema, answer),
          );
          const now = new Date();
          await expectRefused(startMockExam(learner, mock, now));
          await expectRefused(startPractice(learner, practice, now));
          await expectRefused(saveAnswer(learner, attempt.id, answer, now));
          await expectRefused(saveAnswer(learner, id, { position: 0, selected: ['a'], revision: 1 }, now));
          await expectRefused(startMistakesPractice(learner, id, now));
          await expectRefused(submitAttempt(learner, id, now));
          await expectRefused(abandonAttempt(learner, id, now));
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    expect(await rowCounts()).toEqual(before);
  });
});

describe('fuzzing review', () => {
  it('recording and suspending reviews refuse garbage cleanly and write nothing', async () => {
    const learner = await createUser();
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(
        hostileForm([
          'cardId',
          'presentationId',
          'seenReps',
          'versionId',
          'selected',
          'rating',
          'revealedAt',
          'timeSpentMs',
        ]),
        hostileForm(['cardId', 'suspended']),
        async (review, suspend) => {
          fc.pre(invalid(submitReviewSchema, review) && invalid(suspendCardSchema, suspend));
          await expectRefused(recordReview(learner, review, new Date()));
          await expectRefused(setCardSuspended(learner, suspend, new Date()));
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    expect(await rowCounts()).toEqual(before);
  });
});

describe('fuzzing the studio', () => {
  it('exams, objectives, questions, imports and reports refuse garbage cleanly and write nothing', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const learner = await createUser();
    const examId = await examIdBySlug('test-exam');
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(
        hostileForm([
          'slug',
          'code',
          'title',
          'vendor',
          'description',
          'durationMinutes',
          'questionCount',
          'passingScore',
        ]),
        hostileForm(['code', 'title', 'weight']),
        hostileForm(['questionId', 'examId', 'baseVersion', 'asDraft', 'content']),
        hostileForm(['examId', 'objectiveId', 'format', 'source', 'asDraft']),
        hostileForm([
          'questionId',
          'questionVersionId',
          'reason',
          'details',
          'reportId',
          'decision',
          'reply',
        ]),
        async (exam, objective, question, file, report) => {
          fc.pre(
            invalid(examFormSchema, exam) &&
              invalid(objectiveFormSchema, objective) &&
              invalid(saveQuestionSchema, question) &&
              invalid(importFormSchema, file) &&
              invalid(reportFormSchema, report) &&
              invalid(resolveReportSchema, report),
          );
          await expectRefused(createExam(moderator, exam, ctx()));
          await expectRefused(createObjective(moderator, examId, objective, ctx()));
          await expectRefused(saveQuestion(moderator, question, ctx()));
          await expectRefused(dryRunImport(moderator, file));
          await expectRefused(commitImport(moderator, file, ctx()));
          await expectRefused(createReport(learner, report, ctx()));
          await expectRefused(resolveReport(moderator, report, ctx()));
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    expect(await rowCounts()).toEqual(before);
  });
});
