import { testDatabase } from '../../helpers/database';

export const T0 = new Date('2026-03-02T09:00:00Z');
export const minutes = (n: number) => n * 60_000;
export const after = (ms: number, from: Date = T0) => new Date(from.getTime() + ms);

export interface KeyedQuestion {
  position: number;
  questionId: number;
  versionId: number;
  objectiveId: number | null;
  correct: string[];
  wrong: string[];
  type: string;
}

/** The pinned questions of an attempt with their keys, read straight from the database. */
export async function keysOf(attemptId: string): Promise<KeyedQuestion[]> {
  const { rows } = await testDatabase().client.execute({
    sql: `SELECT sq.position, sq.question_id, sq.question_version_id, sq.objective_id, v.options, q.type
      FROM session_questions sq JOIN question_versions v ON v.id = sq.question_version_id JOIN questions q ON q.id = sq.question_id
      WHERE sq.session_id = ? ORDER BY sq.position`,
    args: [attemptId],
  });
  return rows.map((row) => {
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
export async function attemptTables(): Promise<unknown[]> {
  const { client } = testDatabase();
  const tables = ['study_sessions', 'session_questions', 'user_answers'];
  const dumps = await Promise.all(tables.map((t) => client.execute(`SELECT * FROM ${t} ORDER BY 1, 2`)));
  return dumps.map((d) => d.rows.map((r) => ({ ...r })));
}

export async function sessionRow(id: string): Promise<Record<string, unknown>> {
  const { rows } = await testDatabase().client.execute({ sql: 'SELECT * FROM study_sessions WHERE id = ?', args: [id] });
  return { ...rows[0] };
}

/**
 * Saves a new version of a question the way the studio does: a new immutable row, and the
 * question pointed at it. The new version swaps the key and rewrites the stem.
 */
export async function editQuestion(questionId: number, at: Date): Promise<void> {
  const { client } = testDatabase();
  const { rows } = await client.execute({
    sql: `SELECT v.version, v.options, v.stem FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version WHERE q.id = ?`,
    args: [questionId],
  });
  const current = rows[0]!;
  const options = (JSON.parse(String(current.options)) as { id: string; text: string; correct: boolean }[]).map((o) => ({ ...o, correct: !o.correct }));
  const next = Number(current.version) + 1;
  await client.batch(
    [
      {
        sql: `INSERT INTO question_versions (question_id, version, stem, options, explanation, refs, created_at) VALUES (?, ?, ?, ?, 'Edited explanation', '[]', ?)`,
        args: [questionId, next, `EDITED ${String(current.stem)}`, JSON.stringify(options), at.getTime()],
      },
      { sql: 'UPDATE questions SET current_version = ?, updated_at = ? WHERE id = ?', args: [next, at.getTime(), questionId] },
    ],
    'write',
  );
}
