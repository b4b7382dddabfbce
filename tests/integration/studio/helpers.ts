import { testDatabase } from '../../helpers/database';

let counter = 0;
/** A request context with a distinct IP and a clock the tests control. */
export function ctx(now = Date.now()) {
  counter += 1;
  return { ip: `203.0.113.${counter % 250}`, now };
}

export async function rows(sql: string, args: (string | number | null)[] = []) {
  const result = await testDatabase().client.execute({ sql, args });
  return result.rows.map((r) => ({ ...r })) as Record<string, unknown>[];
}

export async function firstQuestion(examSlug = 'test-exam') {
  const [row] = await rows(
    `SELECT q.id, q.exam_id, q.objective_id, q.type, q.current_version FROM questions q JOIN exams e ON e.id = q.exam_id
     WHERE e.slug = ? AND q.type = 'single' ORDER BY q.id LIMIT 1`,
    [examSlug],
  );
  return { id: Number(row!.id), examId: Number(row!.exam_id), objectiveId: Number(row!.objective_id), version: Number(row!.current_version) };
}

export async function searchIds(term: string): Promise<number[]> {
  const result = await rows('SELECT rowid AS id FROM question_search WHERE question_search MATCH ? ORDER BY rowid', [`"${term}"`]);
  return result.map((r) => Number(r.id));
}

export async function auditActions(): Promise<string[]> {
  return (await rows("SELECT action FROM audit_log WHERE action LIKE 'studio.%' ORDER BY id")).map((r) => String(r.action));
}
