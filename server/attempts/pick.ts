import 'server-only';
import type { Client } from '@libsql/client';
import type { Random } from '@/lib/exam/random';
import { drawMock } from '@/lib/exam/case-selection';
import { allocateByWeight, drawByAllocation } from '@/lib/exam/selection';
import { placeholders } from '@/server/db';
import { num } from '@/server/row-values';
import { questionPool, type QuestionPool } from './pool';

export interface PinnedQuestion {
  questionId: number;
  versionId: number;
  objectiveId: number;
  /** The case study the question belongs to (its section in a mock); null: standalone. */
  caseStudyId: number | null;
}

export interface WeightedObjective {
  id: number;
  weight: number;
}

const MAX_DRAWS = 3;

/**
 * The current version of each id that is still an active question of the exam, in the order
 * of `ids`. Questions retired (or moved) since the pool was loaded are left out.
 */
export async function pinQuestions(
  client: Client,
  examId: number,
  ids: readonly number[],
): Promise<PinnedQuestion[]> {
  if (ids.length === 0) return [];
  const result = await client.execute({
    sql: `SELECT q.id, q.objective_id, q.case_study_id, v.id AS version_id
      FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
      WHERE q.id IN (${placeholders(ids.length)}) AND q.exam_id = ? AND q.is_active = 1`,
    args: [...ids, examId],
  });
  const byId = new Map<number, PinnedQuestion>();
  for (const row of result.rows) {
    byId.set(num(row.id), {
      questionId: num(row.id),
      versionId: num(row.version_id),
      objectiveId: num(row.objective_id),
      caseStudyId: row.case_study_id === null ? null : num(row.case_study_id),
    });
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface DrawOptions {
  client: Client;
  databaseKey: string;
  examId: number;
  objectives: readonly WeightedObjective[];
  total: number;
  random: Random;
  /** A mock: each published case study drawn as a unit, its questions together (lib/exam/case-selection.ts). */
  sections?: boolean;
  /** Narrows each objective's pool (practice filters); must be cheap. */
  filter?: (objectiveId: number, ids: Int32Array) => ArrayLike<number>;
}

/** The ids of one draw from the pool: a mock's sections, or each objective's share of the candidates. */
function drawIds(pool: QuestionPool, options: DrawOptions): number[] {
  if (options.sections)
    return drawMock({
      objectives: options.objectives.map((o) => ({ objectiveId: o.id, weight: o.weight })),
      standalone: pool.standalone,
      cases: pool.cases,
      total: options.total,
      random: options.random,
    });
  const candidates = candidatesOf(pool, options);
  const allocation = allocateByWeight(
    options.objectives.map((o) => ({
      objectiveId: o.id,
      weight: o.weight,
      available: candidates.get(o.id)?.length ?? 0,
    })),
    options.total,
  );
  return drawByAllocation(candidates, allocation, options.random);
}

function candidatesOf(pool: QuestionPool, options: DrawOptions): Map<number, ArrayLike<number>> {
  const result = new Map<number, ArrayLike<number>>();
  for (const objective of options.objectives) {
    const ids = pool.byObjective.get(objective.id) ?? new Int32Array(0);
    result.set(objective.id, options.filter ? options.filter(objective.id, ids) : ids);
  }
  return result;
}

/**
 * Draws `total` questions in proportion to the objectives' weights (largest remainder, short
 * objectives filled from the others), shuffled (a mock's case studies as contiguous sections), and pins each to its current version. When a
 * drawn question turns out retired since the pool was cached, the pool is reloaded and the draw
 * repeated, a bounded number of times.
 */
export async function drawQuestions(options: DrawOptions): Promise<PinnedQuestion[]> {
  let pinned: PinnedQuestion[] = [];
  for (let draw = 0; draw < MAX_DRAWS; draw += 1) {
    const pool = await questionPool(options.client, options.databaseKey, options.examId, draw > 0);
    const ids = drawIds(pool, options);
    pinned = await pinQuestions(options.client, options.examId, ids);
    if (pinned.length === ids.length) return pinned;
  }
  return pinned;
}
