import 'server-only';
import type { Client, Row } from '@libsql/client';
import type { CaseUnit } from '@/lib/exam/case-selection';

/**
 * The ids of each exam's active questions, per objective, cached in memory.
 *
 * Drawing a mock exam must not scan the bank per request: reading 100,000 ids takes ~14 ms even
 * as one JSON array per objective (and far more as rows), while choosing and loading 65 questions
 * from a cached pool takes ~1 ms. So the ids are loaded with one covering index seek per objective
 * on questions(exam_id, objective_id, is_active) and kept for POOL_TTL_MS. Staleness is safe: the
 * drawn rows are fetched again with `is_active = 1` and the exam checked, and a draw that finds a
 * retired question reloads the pool and draws again. A question added meanwhile is drawn once the
 * pool expires (or after invalidateQuestionPool, which the studio may call after an edit).
 */
export const POOL_TTL_MS = 30_000;

export interface QuestionPool {
  /** objectiveId → every active question id (cases' questions too: practice draws them singly). */
  byObjective: Map<number, Int32Array>;
  /** objectiveId → the active questions of no case: what a mock draws singly around the cases. */
  standalone: Map<number, Int32Array>;
  /** The exam's published case studies with their active questions (a mock draws each as a unit). */
  cases: CaseUnit[];
  /** Active questions of a draft or retired case: never drawn, they need their scenario. */
  hidden: Set<number>;
}

interface Entry {
  expiresAt: number;
  pool: Promise<QuestionPool>;
}

const store = globalThis as typeof globalThis & { __pingtopassQuestionPools?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  return (store.__pingtopassQuestionPools ??= new Map());
}

// One statement, one round trip: a correlated subquery per objective is still one seek on
// questions(exam_id, objective_id, is_active) each (~1.5x faster than one GROUP BY over the exam,
// which can only seek on exam_id and filters is_active row by row), without 1 + N round trips.
const POOL_SQL = `SELECT o.id AS objective_id,
    (SELECT json_group_array(q.id) FROM questions q
      WHERE q.exam_id = o.exam_id AND q.objective_id = o.id AND q.is_active = 1) AS ids
  FROM objectives o WHERE o.exam_id = ?`;

// Cases are few: one row per case, its questions as [id, objective] pairs, found through
// case_studies(exam_id) and questions(case_study_id); in parallel with the pool's statement.
const CASES_SQL = `SELECT cs.id, cs.status,
    (SELECT json_group_array(json_array(q.id, q.objective_id)) FROM questions q
      WHERE q.case_study_id = cs.id AND q.is_active = 1) AS questions
  FROM case_studies cs WHERE cs.exam_id = ?`;

function casesOf(rows: Row[]): Pick<QuestionPool, 'cases' | 'hidden'> {
  const cases: CaseUnit[] = [];
  const hidden = new Set<number>();
  for (const row of rows) {
    const pairs = typeof row.questions === 'string' ? (JSON.parse(row.questions) as [number, number][]) : [];
    pairs.sort((a, b) => a[0] - b[0]);
    if (row.status === 'published')
      cases.push({ id: Number(row.id), questions: pairs.map(([id, objectiveId]) => ({ id, objectiveId })) });
    else for (const [id] of pairs) hidden.add(id);
  }
  return { cases, hidden };
}

async function loadPool(client: Client, examId: number): Promise<QuestionPool> {
  const [{ rows }, caseRows] = await Promise.all([
    client.execute({ sql: POOL_SQL, args: [examId] }),
    client.execute({ sql: CASES_SQL, args: [examId] }),
  ]);
  const { cases, hidden } = casesOf(caseRows.rows);
  const byObjective = new Map<number, Int32Array>();
  const standalone = new Map<number, Int32Array>();
  const inCase = new Set(cases.flatMap((c) => c.questions.map((q) => q.id)));
  for (const row of rows) {
    const text = row.ids;
    // One JSON string per objective: V8 parses 100,000 numbers from it faster than anything else.
    const ids = Int32Array.from(typeof text === 'string' ? (JSON.parse(text) as number[]) : []);
    const drawable = hidden.size > 0 ? ids.filter((id) => !hidden.has(id)) : ids;
    byObjective.set(Number(row.objective_id), drawable);
    standalone.set(
      Number(row.objective_id),
      inCase.size > 0 ? drawable.filter((id) => !inCase.has(id)) : drawable,
    );
  }
  return { byObjective, standalone, cases, hidden };
}

/** The exam's active question ids by objective; `fresh` bypasses the cache. */
export function questionPool(
  client: Client,
  databaseKey: string,
  examId: number,
  fresh = false,
): Promise<QuestionPool> {
  const key = `${databaseKey}#${examId}`;
  const now = performance.now();
  const cached = entries().get(key);
  if (!fresh && cached && cached.expiresAt > now) return cached.pool;
  const pool = loadPool(client, examId);
  entries().set(key, { expiresAt: now + POOL_TTL_MS, pool });
  // A failed load must not stay cached.
  pool.catch(() => entries().delete(key));
  return pool;
}

/** Forget the cached pools of one exam (after an edit) or of all exams. */
export function invalidateQuestionPool(examId?: number): void {
  if (examId === undefined) {
    entries().clear();
    return;
  }
  for (const key of entries().keys()) if (key.endsWith(`#${examId}`)) entries().delete(key);
}
