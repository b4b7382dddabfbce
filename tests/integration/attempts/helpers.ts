import { getAttemptResult, getRunnerView } from '@/server/attempts/queries';
import type { SessionUser } from '@/lib/auth/guards';
import { rows, tableRows } from '../../helpers/database';
import { createQuestionVersion } from '../../helpers/factories';

/** The runner's view of an attempt that must still be open. */
export async function runnerView(user: SessionUser, id: string, now: Date) {
  const lookup = await getRunnerView(user, id, now);
  if (lookup.state !== 'open') throw new Error(`expected attempt ${id} to be open`);
  return lookup.view;
}

/** The result of an attempt that must be closed. */
export async function attemptResult(user: SessionUser, id: string, now: Date) {
  const lookup = await getAttemptResult(user, id, now);
  if (lookup.state !== 'closed') throw new Error(`expected attempt ${id} to have a result`);
  return lookup.result;
}

/** A question as an attempt pinned it, with every correct and every wrong option. */
export interface PinnedQuestion {
  position: number;
  questionId: number;
  versionId: number;
  objectiveId: number | null;
  correct: string[];
  wrong: string[];
  type: string;
}

/** The pinned questions of an attempt with their keys, read straight from the database. */
export async function keysOf(attemptId: string): Promise<PinnedQuestion[]> {
  const pinned = await rows(
    `SELECT sq.position, sq.question_id, sq.question_version_id, sq.objective_id, v.options, q.type
      FROM session_questions sq JOIN question_versions v ON v.id = sq.question_version_id JOIN questions q ON q.id = sq.question_id
      WHERE sq.session_id = ? ORDER BY sq.position`,
    [attemptId],
  );
  return pinned.map((row) => {
    const options = JSON.parse(String(row.options)) as { id: string; correct: boolean }[];
    return {
      position: Number(row.position),
      questionId: Number(row.question_id),
      versionId: Number(row.question_version_id),
      objectiveId: row.objective_id === null ? null : Number(row.objective_id),
      correct: options.filter((o) => o.correct).map((o) => o.id),
      wrong: options.filter((o) => !o.correct).map((o) => o.id),
      type: String(row.type),
    };
  });
}

/** Every row of the attempt tables, to prove that a refused request changed nothing. */
export function attemptTables(): Promise<unknown[]> {
  return tableRows(['study_sessions', 'session_questions', 'user_answers']);
}

export async function sessionRow(id: string): Promise<Record<string, unknown>> {
  const [row] = await rows('SELECT * FROM study_sessions WHERE id = ?', [id]);
  return { ...row };
}

/** A new version of a question (as the studio saves one) that swaps its key and rewrites its stem. */
export async function editQuestion(questionId: number, at: Date): Promise<void> {
  await createQuestionVersion(
    questionId,
    (current) => ({
      stem: `EDITED ${current.stem}`,
      options: current.options.map((o) => ({ ...o, correct: !o.correct })),
      explanation: 'Edited explanation',
      refs: [],
    }),
    at,
  );
}
