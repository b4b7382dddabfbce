import 'server-only';
import type { Client } from '@libsql/client';
import { planDiagnostic, drawDiagnostic, type DiagnosticPlan } from '@/lib/exam/diagnostic';
import type { Random } from '@/lib/exam/random';
import { deadlineAfter } from '@/lib/exam/timing';
import type { SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '@/server/db';
import { NoQuestionsError } from '@/lib/exam/errors';
import { createAttempt, databaseKey, type ExamForStart, type StartedAttempt } from './create';
import { pinQuestions, type PinnedQuestion } from './pick';
import { questionPool } from './pool';
import { startingPoint } from './start';

/**
 * A diagnostic is a practice attempt whose settings say `source: 'diagnostic'` (as a practice of
 * a result's mistakes says 'mistakes'): timed, feedback after each answer, answers final, no pass
 * mark. So everything that keys on the mode treats it as practice, as it should: its answers
 * count for mastery, readiness and review cards; it is not a mock, so it never enters the
 * percentile, item statistics or the one-open-mock rule. (A mode of its own would mean rebuilding
 * study_sessions for its CHECK; libSQL enforces foreign keys, so the DROP TABLE would cascade to
 * every answer unless run statement by statement outside a transaction.)
 */
const OPEN_DIAGNOSTIC_SQL = `SELECT id FROM study_sessions
  WHERE user_id = ? AND exam_id = ? AND mode = 'practice' AND status = 'in_progress'
    AND json_extract(settings, '$.source') = 'diagnostic'
  ORDER BY started_at DESC LIMIT 1`;

/** Draws the plan from the cached pool; a question retired since the pool was cached reloads it once. */
async function drawPlanned(
  client: Client,
  exam: ExamForStart,
  random: Random,
): Promise<{ plan: DiagnosticPlan; questions: PinnedQuestion[] }> {
  let result: { plan: DiagnosticPlan; questions: PinnedQuestion[] } = {
    plan: { allocation: new Map(), total: 0, minutes: 0 },
    questions: [],
  };
  for (const fresh of [false, true]) {
    const pool = await questionPool(client, databaseKey(), exam.id, fresh);
    const plan = planDiagnostic(
      exam.objectives.map((o) => ({
        objectiveId: o.id,
        weight: o.weight,
        available: pool.byObjective.get(o.id)?.length ?? 0,
      })),
      exam,
    );
    const ids = drawDiagnostic(pool.byObjective, plan, random);
    result = { plan, questions: await pinQuestions(client, exam.id, ids) };
    if (result.questions.length === ids.length) break;
  }
  return result;
}

/**
 * Starts the exam's diagnostic test (lib/exam/diagnostic.ts), or returns the one the learner
 * already has open for this exam, so a double click or a second tab resumes rather than doubles.
 */
export async function startDiagnostic(
  actor: SessionUser | null,
  input: unknown,
  now: Date,
  random: Random = Math.random,
): Promise<StartedAttempt> {
  const { user, client, exam, open } = await startingPoint(actor, input, OPEN_DIAGNOSTIC_SQL, now);
  if (open) return { id: open.id, questionCount: open.questionCount };
  const { plan, questions } = await drawPlanned(client, exam, random);
  if (questions.length === 0) throw new NoQuestionsError('This exam has no questions yet.');
  return createAttempt({
    user,
    examId: exam.id,
    mode: 'practice',
    settings: {
      passingScore: null,
      durationMinutes: plan.minutes,
      objectives: exam.objectives.filter((o) => plan.allocation.has(o.id)).map((o) => o.code),
      filter: 'all',
      source: 'diagnostic',
    },
    questions,
    now,
    deadline: deadlineAfter(now, plan.minutes),
  });
}

const STUDIED_SQL = `SELECT count(*) AS attempts,
    coalesce(sum(status = 'submitted' AND json_extract(settings, '$.source') = 'diagnostic'), 0) AS diagnostics
  FROM study_sessions WHERE user_id = ? AND exam_id = ?`;

export interface DiagnosticStanding {
  /** No attempt of this exam yet: the exam page leads with the diagnostic. */
  firstVisit: boolean;
  /** A diagnostic of this exam was submitted before. */
  taken: boolean;
}

/** What the exam page offers: the diagnostic first on a learner's first visit, later as an option. */
export async function diagnosticStanding(userId: string, examId: number): Promise<DiagnosticStanding> {
  const { rows } = await appDatabase().client.execute({ sql: STUDIED_SQL, args: [userId, examId] });
  const row = rows[0];
  return { firstVisit: Number(row?.attempts ?? 0) === 0, taken: Number(row?.diagnostics ?? 0) > 0 };
}

export interface ExamForOffer {
  id: number;
  slug: string;
  durationMinutes: number;
  questionCount: number;
  objectives: { id: number; weight: number; questionCount: number }[];
}

/** The exam page's diagnostic offer: the test's size from the bank, and where the learner stands. */
export async function diagnosticOfferFor(userId: string, exam: ExamForOffer) {
  const plan = planDiagnostic(
    exam.objectives.map((o) => ({ objectiveId: o.id, weight: o.weight, available: o.questionCount })),
    exam,
  );
  return {
    examSlug: exam.slug,
    questions: plan.total,
    objectives: plan.allocation.size,
    minutes: plan.minutes,
    ...(await diagnosticStanding(userId, exam.id)),
  };
}
