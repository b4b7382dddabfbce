import 'server-only';
import type { Client } from '@libsql/client';
import type { Random } from '@/lib/exam/random';
import { deadlineAfter, practiceMinutes } from '@/lib/exam/timing';
import { attemptFieldErrors, startPracticeSchema } from '@/lib/validation/attempts';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '@/server/db';
import { num } from '@/server/row-values';
import { AttemptInputError, MockInProgressError, NoQuestionsError } from '@/lib/exam/errors';
import { createAttempt, databaseKey, examForStart, examOfStartInput, type StartedAttempt } from './create';
import { ownedAttempt } from './head';
import { drawQuestions, pinQuestions } from './pick';
import { filterSet, keep } from './practice-filter';
import { closeIfExpired } from './submit';

export type { StartedAttempt } from './create';

const OPEN_MOCK_SQL = `SELECT id FROM study_sessions
  WHERE user_id = ? AND exam_id = ? AND mode = 'mock' AND status = 'in_progress' LIMIT 1`;

/**
 * The learner's open attempt that `sql` finds (by user id and exam id), after the deadline rule
 * closed an expired one.
 */
export async function openAttemptOf(
  client: Client,
  sql: string,
  user: SessionUser,
  examId: number,
  now: Date,
) {
  const { rows } = await client.execute({ sql, args: [user.id, examId] });
  const id = rows[0]?.id;
  if (typeof id !== 'string') return null;
  const head = await closeIfExpired(user, await ownedAttempt(client, user, id), now);
  return head.status === 'in_progress' ? head : null;
}

/**
 * What every exam-wide start reads first: who asks, the exam of the start form, and the
 * learner's open attempt of the kind `openSql` finds (null when none is open).
 */
export async function startingPoint(actor: SessionUser | null, input: unknown, openSql: string, now: Date) {
  const user = assertUser(actor);
  const { client } = appDatabase();
  const exam = await examOfStartInput(client, input);
  const open = await openAttemptOf(client, openSql, user, exam.id, now);
  return { user, client, exam, open };
}

/** SQLite's answer when the one-open-mock index refuses an insert. */
function isOpenMockConflict(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    if (/UNIQUE constraint failed: study_sessions\.user_id, study_sessions\.exam_id/.test(e.message))
      return true;
  return false;
}

/**
 * A mock exam: the exam's question count drawn at random in proportion to the objective
 * weights, the exam's time limit from now (the server's clock), no feedback until the end.
 * One open mock per exam, as in a real test centre: while one runs (its clock ticking), starting
 * again is refused with the open one to resume (MockInProgressError). The check here answers
 * the usual case early; the database's unique index decides parallel starts.
 */
export async function startMockExam(
  actor: SessionUser | null,
  input: unknown,
  now: Date,
  random: Random = Math.random,
): Promise<StartedAttempt> {
  const { user, client, exam, open } = await startingPoint(actor, input, OPEN_MOCK_SQL, now);
  if (open) throw new MockInProgressError(open.id);
  const questions = await drawQuestions({
    client,
    databaseKey: databaseKey(),
    examId: exam.id,
    objectives: exam.objectives,
    total: exam.questionCount,
    random,
    sections: true,
  });
  if (questions.length === 0) throw new NoQuestionsError('This exam has no questions yet.');
  try {
    return await createAttempt({
      user,
      examId: exam.id,
      mode: 'mock',
      settings: { passingScore: exam.passingScore, durationMinutes: exam.durationMinutes },
      questions,
      now,
      deadline: deadlineAfter(now, exam.durationMinutes),
    });
  } catch (error) {
    if (!isOpenMockConflict(error)) throw error;
    // A parallel start won the race: offer the one it opened.
    const winner = await openAttemptOf(client, OPEN_MOCK_SQL, user, exam.id, now);
    throw new MockInProgressError(winner?.id ?? null);
  }
}

/**
 * A practice session: the chosen objectives (in proportion to their weights), the chosen number
 * of questions, optionally only unseen / previously missed / flagged ones; untimed, or timed at
 * the exam's pace. Feedback follows every answer.
 */
export async function startPractice(
  actor: SessionUser | null,
  input: unknown,
  now: Date,
  random: Random = Math.random,
): Promise<StartedAttempt> {
  const user = assertUser(actor);
  const parsed = startPracticeSchema.safeParse(input);
  if (!parsed.success)
    throw new AttemptInputError('Check the practice settings.', attemptFieldErrors(parsed.error));
  const settings = parsed.data;
  const { client } = appDatabase();
  const exam = await examForStart(client, settings.examSlug);
  const wanted = new Set(settings.objectives);
  const objectives = exam.objectives.filter((o) => wanted.has(o.code));
  if (objectives.length !== wanted.size)
    throw new AttemptInputError('Check the practice settings.', {
      objectives: 'Choose objectives of this exam.',
    });

  const set = await filterSet(client, settings.filter, user.id, exam.id);
  const questions = await drawQuestions({
    client,
    databaseKey: databaseKey(),
    examId: exam.id,
    objectives,
    total: settings.count,
    random,
    filter: set ? (_objectiveId, ids) => keep(ids, set, settings.filter !== 'unseen') : undefined,
  });
  if (questions.length === 0) {
    const why = {
      all: 'These objectives have no questions yet.',
      unseen:
        'You have seen every question of these objectives. Choose "All questions" to practice them again.',
      missed: 'No previously missed questions in these objectives. Well done!',
      flagged: 'You have not flagged any question of these objectives.',
    }[settings.filter];
    throw new NoQuestionsError(why);
  }
  const minutes = settings.timed
    ? practiceMinutes(exam.durationMinutes, exam.questionCount, questions.length)
    : null;
  return createAttempt({
    user,
    examId: exam.id,
    mode: 'practice',
    settings: {
      passingScore: null,
      durationMinutes: minutes,
      objectives: objectives.map((o) => o.code),
      filter: settings.filter,
      source: 'custom',
    },
    questions,
    now,
    deadline: minutes === null ? null : deadlineAfter(now, minutes),
  });
}

/**
 * "Practice my mistakes": an untimed practice session of the questions a submitted attempt
 * got wrong or left blank, in their order, at their current versions (retired ones left out).
 */
export async function startMistakesPractice(
  actor: SessionUser | null,
  attemptId: unknown,
  now: Date,
): Promise<StartedAttempt> {
  const user = assertUser(actor);
  const { client } = appDatabase();
  const head = await ownedAttempt(client, user, attemptId);
  if (head.status !== 'submitted')
    throw new AttemptInputError('Submit the attempt first: its mistakes are known once it is scored.');
  const { rows } = await client.execute({
    sql: `SELECT sq.question_id FROM session_questions sq
      LEFT JOIN user_answers ua ON ua.session_id = sq.session_id AND ua.question_id = sq.question_id
      WHERE sq.session_id = ? AND (ua.id IS NULL OR ua.is_correct = 0)
      ORDER BY sq.position`,
    args: [head.id],
  });
  const ids = rows.map((r) => num(r.question_id));
  const questions = await pinQuestions(client, head.examId, ids);
  if (questions.length === 0)
    throw new NoQuestionsError(
      'No mistakes to practice: every question was answered correctly (or has been retired).',
    );
  return createAttempt({
    user,
    examId: head.examId,
    mode: 'practice',
    settings: {
      passingScore: null,
      durationMinutes: null,
      filter: 'missed',
      source: 'mistakes',
      fromAttemptId: head.id,
    },
    questions,
    now,
    deadline: null,
  });
}
