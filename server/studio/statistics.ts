import 'server-only';
import type { InStatement } from '@libsql/client';
import { z } from 'zod';
import {
  computeExamReliability,
  computeItemStatistics,
  DEFAULT_POOR_ITEM_THRESHOLDS,
  findPoorItemReasons,
  type AttemptResponses,
  type ItemStatistics,
  type PoorItemReason,
  type ReliabilityStatistics,
} from '@/lib/studio/statistics';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { auditStatement } from '../auth/audit';
import { appDatabase, rawStatement, valuesPlaceholders } from '../db';
import { selectJsonRows } from '../json-rows';
import type { RequestContext } from '../request-context';
import { settingsOf } from '@/lib/exam/kinds';
import { parseJson } from '../row-values';

export const MIN_RESPONSES = DEFAULT_POOR_ITEM_THRESHOLDS.minResponses;

export interface ItemRow {
  questionId: number;
  stem: string;
  objectiveCode: string;
  status: 'active' | 'inactive';
  stats: ItemStatistics;
  reasons: PoorItemReason[];
}

export interface ExamStatistics {
  examId: number;
  attempts: number;
  answers: number;
  reliability: ReliabilityStatistics;
  items: ItemRow[];
  computedAt: number;
}

// Item statistics is a benchmarked hot path (bench/studio.bench.ts, 9,240 first-attempt answers of
// a 5,000-question exam): read + compute p50 159 ms against a 200 ms target, with both reads raw
// and packed as JSON (as 5,000 result rows the questions alone made it 243 ms).

/** One attempt's answers: [question id, score 0–1 as stored, selected option ids as JSON text]. */
const attemptResponses = z.array(z.tuple([z.number(), z.number(), z.string()]));

/**
 * The response matrix of an exam: the FIRST submitted mock attempt of each learner (later attempts
 * are practice on known questions and would inflate facility), every question it showed, scored
 * by the stored score (1/0, or a share with partial credit; rows from before the score column: is_correct) (an unanswered question is a 0 with no option). One row per attempt, its answers
 * packed as JSON, so 10,000 answers cost a few hundred rows, not 10,000.
 */
export async function loadExamResponses(
  examId: number,
): Promise<{ attempts: AttemptResponses[]; answers: number }> {
  const { rows } = await appDatabase().client.execute({
    sql: `WITH firsts AS (
            SELECT id FROM (
              SELECT s.id, row_number() OVER (PARTITION BY s.user_id ORDER BY s.started_at, s.id) AS n
              FROM study_sessions s WHERE s.exam_id = ? AND s.status = 'submitted' AND s.mode = 'mock'
            ) WHERE n = 1
          )
          SELECT f.id, json_group_array(json_array(sq.question_id, coalesce(a.score, a.is_correct, 0), coalesce(a.selected, '[]'))) AS responses
          FROM firsts f
          JOIN session_questions sq ON sq.session_id = f.id
          LEFT JOIN user_answers a ON a.session_id = f.id AND a.question_id = sq.question_id
          GROUP BY f.id`,
    args: [examId],
  });
  let answers = 0;
  const attempts = rows.map((row) => {
    const list = attemptResponses.parse(JSON.parse(String(row.responses)));
    answers += list.length;
    return {
      attemptId: String(row.id),
      responses: list.map(([itemId, mark, selected]) => ({
        itemId,
        mark: Math.min(1, Math.max(0, mark)),
        chosenOptionIds: parseJson<string[]>(selected, []),
      })),
    };
  });
  return { attempts, answers };
}

const examQuestion = z.object({
  id: z.number(),
  active: z.number(),
  objectiveCode: z.string(),
  stem: z.string(),
  /** The version's options as stored (JSON text): parsed only for the questions answered. */
  options: z.string(),
  /** The version's settings (JSON text): matching/ordering are judged by part, not by option. */
  settings: z.string(),
});
type ExamQuestion = z.output<typeof examQuestion>;

/**
 * Every question of the exam with its current options, as one JSON document (selectJsonRows): as
 * result rows, a 5,000-question exam cost more than reading its 5,000 versions.
 */
async function loadExamQuestions(examId: number): Promise<ExamQuestion[]> {
  return selectJsonRows(
    appDatabase().client,
    {
      sql: `SELECT json_group_array(json_object('id', q.id, 'active', q.is_active, 'objectiveCode', o.code, 'stem', substr(v.stem, 1, 200),
              'options', v.options, 'settings', v.settings)) AS rows
          FROM questions q JOIN objectives o ON o.id = q.objective_id
          JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
          WHERE q.exam_id = ?`,
      args: [examId],
    },
    examQuestion,
  );
}

/** Computes the exam's statistics from the answers and stores them (the "poor statistics" filter reads them). */
export async function computeExamStatistics(
  actor: SessionUser | null,
  examId: number,
  ctx: RequestContext,
): Promise<ExamStatistics> {
  const user = assertRole(actor, 'moderator');
  const result = await buildExamStatistics(user, examId);
  await storeStatistics(user, examId, result, ctx);
  return { examId, ...result, computedAt: ctx.now };
}

/** Reads the answers and computes everything, writing nothing. */
export async function buildExamStatistics(
  actor: SessionUser | null,
  examId: number,
): Promise<Omit<ExamStatistics, 'examId' | 'computedAt'>> {
  assertRole(actor, 'moderator');
  const [{ attempts, answers }, questions] = await Promise.all([
    loadExamResponses(examId),
    loadExamQuestions(examId),
  ]);
  const seen = new Set<number>();
  for (const attempt of attempts) for (const response of attempt.responses) seen.add(Number(response.itemId));
  const definitions = questions
    .filter((q) => seen.has(q.id))
    .map((q) => {
      const { kind } = settingsOf(q.settings);
      const options = parseJson<{ id: string; correct: boolean; text?: string; match?: string }[]>(
        q.options,
        [],
      );
      return {
        itemId: q.id,
        ...(kind ? { kind } : {}),
        options: options.map((o) =>
          kind
            ? { id: o.id, correct: false, text: o.text, match: o.match }
            : { id: o.id, correct: o.correct === true },
        ),
      };
    });
  const stats = computeItemStatistics(attempts, definitions);
  const info = new Map(questions.map((q) => [q.id, q]));
  const items: ItemRow[] = stats.map((s) => {
    const q = info.get(Number(s.itemId))!;
    return {
      questionId: q.id,
      stem: q.stem,
      objectiveCode: q.objectiveCode,
      status: q.active === 1 ? 'active' : 'inactive',
      stats: s,
      reasons: findPoorItemReasons(s),
    };
  });
  const reliability = computeExamReliability(attempts);
  return { attempts: attempts.length, answers, reliability, items };
}

/**
 * Raw SQL on purpose: storing is part of the benchmarked "compute and store" (p50 277 ms for 4,225
 * item rows, bench/studio.bench.ts). drizzle's insert builder took 200–260 ms more CPU just to
 * build these 11 INSERTs of 400 rows (measured side by side on the bench machine), the raw batch
 * 66–93 ms in all. The audit row joins the batch as a raw statement (rawStatement).
 */
async function storeStatistics(
  user: SessionUser,
  examId: number,
  result: Omit<ExamStatistics, 'examId' | 'computedAt'>,
  ctx: RequestContext,
): Promise<void> {
  const statements: InStatement[] = [{ sql: 'DELETE FROM question_stats WHERE exam_id = ?', args: [examId] }];
  // 400 rows of 8 values per INSERT: under SQLite's 32,766 bound parameters.
  const perStatement = 400;
  for (let i = 0; i < result.items.length; i += perStatement) {
    const chunk = result.items.slice(i, i + perStatement);
    statements.push({
      sql: `INSERT INTO question_stats (question_id, exam_id, responses, facility, discrimination, poor, details, computed_at) VALUES ${valuesPlaceholders(chunk.length, 8)}`,
      args: chunk.flatMap((item) => [
        item.questionId,
        examId,
        item.stats.responses,
        item.stats.facility,
        item.stats.discrimination,
        item.reasons.length > 0 ? 1 : 0,
        JSON.stringify({
          reasons: item.reasons,
          options: item.stats.options,
          ...(item.stats.parts ? { kind: item.stats.kind, parts: item.stats.parts } : {}),
          pointBiserial: item.stats.pointBiserial,
        }),
        ctx.now,
      ]),
    });
  }
  statements.push(
    {
      sql: `INSERT INTO exam_stats (exam_id, attempts, answers, details, computed_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (exam_id) DO UPDATE SET attempts = excluded.attempts, answers = excluded.answers, details = excluded.details, computed_at = excluded.computed_at`,
      args: [examId, result.attempts, result.answers, JSON.stringify(result.reliability), ctx.now],
    },
    rawStatement(
      auditStatement({
        actorId: user.id,
        action: 'studio.statistics_computed',
        targetType: 'exam',
        targetId: String(examId),
        ip: ctx.ip,
        details: {
          attempts: result.attempts,
          answers: result.answers,
          poor: result.items.filter((i) => i.reasons.length > 0).length,
        },
        now: ctx.now,
      }),
    ),
  );
  const { client, write } = appDatabase();
  await write(() => client.batch(statements, 'write'));
}

// The stored statistics (the statistics page's read) live in statistics-reads.ts.
export { getStoredStatistics, type StoredExamStatistics } from './statistics-reads';
