import 'server-only';
import type { Random } from '@/lib/exam/random';
import { attemptFieldErrors, startMockSchema } from '@/lib/validation/attempts';
import { AttemptInputError, ExamNotFoundError, NoQuestionsError } from '@/lib/exam/errors';
import { publishedExam } from '@/server/catalog/public-cache';
import { appDatabase } from '@/server/db';
import { databaseKey, type ExamForStart } from './create';
import { drawQuestions, type PinnedQuestion } from './pick';
import { questionPool } from './pool';

/** Everything a mock start reads before its one write: which exam, and the questions drawn. */
export interface MockPlan {
  examSlug: string;
  exam: ExamForStart;
  questions: PinnedQuestion[];
}

/**
 * The reads of a mock start, none of which depends on who asks, so the route can start them
 * together with its session check (server/entry/routes.ts `preload`; one round-trip time less
 * against a remote primary). The exam comes from the public catalog cache (the learner has just
 * seen its page; the start's INSERT re-checks that it is still published), the questions from the
 * cached pool, pinned to their current versions (one read). Throws the start's own errors for a
 * bad form, an unknown exam or an empty bank.
 */
export async function planMockStart(input: unknown, random: Random): Promise<MockPlan> {
  const parsed = startMockSchema.safeParse(input);
  if (!parsed.success)
    throw new AttemptInputError('Choose an exam to start.', attemptFieldErrors(parsed.error));
  const detail = await publishedExam(parsed.data.examSlug);
  if (!detail) throw new ExamNotFoundError();
  const exam: ExamForStart = {
    id: detail.id,
    durationMinutes: detail.durationMinutes,
    questionCount: detail.questionCount,
    passingScore: detail.passingScore,
    objectives: detail.objectives.map((o) => ({ id: o.id, code: o.code, weight: o.weight })),
  };
  const questions = await drawQuestions({
    client: appDatabase().client,
    databaseKey: databaseKey(),
    examId: exam.id,
    objectives: exam.objectives,
    total: exam.questionCount,
    random,
    sections: true,
  });
  if (questions.length === 0) throw new NoQuestionsError('This exam has no questions yet.');
  return { examSlug: parsed.data.examSlug, exam, questions };
}

/**
 * The plan the route started before the caller was known, if it is for this very form and did
 * not fail (a failure is answered by planning again, after the caller check).
 */
export async function preloadedPlan(
  preloaded: Promise<MockPlan | null> | undefined,
  input: unknown,
): Promise<MockPlan | null> {
  const plan = await preloaded?.catch(() => null);
  const parsed = startMockSchema.safeParse(input);
  return plan && parsed.success && plan.examSlug === parsed.data.examSlug ? plan : null;
}

/**
 * Loads the exam's question pool into this process's cache (if it is not there), for a start
 * that is likely to follow: the exam page calls it once its response is sent, so the start finds
 * the pool warm and makes two sequential round trips instead of three. One read per exam and
 * 30 s at most (the pool's TTL); a failure is left to the start, which loads it again.
 */
export function warmQuestionPool(examId: number): Promise<void> {
  return questionPool(appDatabase().client, databaseKey(), examId).then(
    () => undefined,
    () => undefined,
  );
}
