import { rows } from '../../helpers/database';

export async function firstQuestion(examSlug = 'test-exam') {
  const [row] = await rows(
    `SELECT q.id, q.exam_id, q.objective_id, q.type, q.current_version FROM questions q JOIN exams e ON e.id = q.exam_id
     WHERE e.slug = ? AND q.type = 'single' ORDER BY q.id LIMIT 1`,
    [examSlug],
  );
  return {
    id: Number(row!.id),
    examId: Number(row!.exam_id),
    objectiveId: Number(row!.objective_id),
    version: Number(row!.current_version),
  };
}

export async function searchIds(term: string): Promise<number[]> {
  const result = await rows(
    'SELECT rowid AS id FROM question_search WHERE question_search MATCH ? ORDER BY rowid',
    [`"${term}"`],
  );
  return result.map((r) => Number(r.id));
}

/** A CLI output that keeps every line (log and error alike) for the test to read. */
export function silent() {
  const lines: string[] = [];
  return { lines, out: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) } };
}
