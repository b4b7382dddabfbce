import 'server-only';
import type { InValue } from '@libsql/client';
import {
  questionListQuerySchema,
  type QuestionListQuery,
  type StudioQuestionStatus,
} from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { appDatabase, placeholders } from '../db';
import { num, str } from '../row-values';

export const QUESTION_PAGE_SIZE = 50;

export interface QuestionListItem {
  id: number;
  examId: number;
  examCode: string;
  objectiveCode: string;
  type: 'single' | 'multiple';
  difficulty: number;
  status: StudioQuestionStatus;
  version: number;
  /** The question's title (from an import), or null. */
  title: string | null;
  stem: string;
  updatedAt: number;
  openReports: number;
  poor: boolean;
  /** Written by AI generation (question_ai_provenance). */
  generated: boolean;
}

export interface QuestionListPage {
  query: QuestionListQuery;
  items: QuestionListItem[];
  /** Cursor of the next page, or null on the last one (keyset pagination: no OFFSET scans). */
  nextCursor: string | null;
}

/** A learner-typed search as an FTS5 query: each word a quoted term, the last one a prefix. */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words
    .map((w, i) => `"${w.replace(/"/g, '""')}"${i === words.length - 1 && w.length >= 2 ? '*' : ''}`)
    .join(' ');
}

const STATUS_SQL: Record<StudioQuestionStatus, string> = {
  active: 'q.is_active = 1',
  draft: 'q.is_active = 0 AND EXISTS (SELECT 1 FROM question_drafts d WHERE d.question_id = q.id)',
  retired: 'q.is_active = 0 AND NOT EXISTS (SELECT 1 FROM question_drafts d WHERE d.question_id = q.id)',
};

/**
 * The studio's question list: filters, full-text search over the current versions (FTS5), three
 * sorts and keyset pagination. Search drives from the FTS index in rowid order (rowid = question
 * id), which FTS5 delivers without sorting, and checks the filters per hit; without a search the
 * exam/objective index narrows the rows first. Both stay within a few ms on 100,000 questions.
 *
 * Raw SQL on purpose: this page is a benchmarked hot path (bench/studio.bench.ts, 100,000
 * questions; docs/PERFORMANCE.md): FTS selective term p50 0.61 ms, term in every question 8.6 ms,
 * filtered page 4.8 / 2.8 ms, next keyset page 1.6 ms. FTS5's MATCH and the rowid-ordered
 * CROSS JOIN that keeps those numbers have no drizzle builder.
 */
export async function listQuestions(actor: SessionUser | null, input: unknown): Promise<QuestionListPage> {
  assertRole(actor, 'moderator');
  const query = questionListQuerySchema.parse(input ?? {});
  const where: string[] = [];
  const args: InValue[] = [];
  const add = (sql: string, ...values: InValue[]) => {
    where.push(sql);
    args.push(...values);
  };
  if (query.exam !== undefined) add('q.exam_id = ?', query.exam);
  if (query.objective !== undefined) add('q.objective_id = ?', query.objective);
  if (query.type !== undefined) add('q.type = ?', query.type);
  if (query.difficulty !== undefined) add('q.difficulty = ?', query.difficulty);
  if (query.status !== undefined) add(STATUS_SQL[query.status]);
  if (query.reported)
    where.push("EXISTS (SELECT 1 FROM question_reports r WHERE r.question_id = q.id AND r.status = 'open')");
  if (query.poor)
    where.push('EXISTS (SELECT 1 FROM question_stats st WHERE st.question_id = q.id AND st.poor = 1)');
  if (query.ai)
    where.push(
      `EXISTS (SELECT 1 FROM question_ai_provenance p WHERE p.question_id = q.id) AND ${STATUS_SQL.draft}`,
    );

  const fts = query.q ? toFtsQuery(query.q) : null;
  // Search results come in id order; "recently edited" applies to the plain list.
  const sort = fts && query.sort === 'updated' ? 'newest' : query.sort;
  if (query.cursor) {
    const [a, b] = query.cursor.split(':').map(Number);
    if (sort === 'updated' && b !== undefined)
      add('(q.updated_at < ? OR (q.updated_at = ? AND q.id < ?))', a!, a!, b);
    else if (sort === 'oldest') add('q.id > ?', a!);
    else add('q.id < ?', a!);
  }
  const order =
    sort === 'updated'
      ? 'q.updated_at DESC, q.id DESC'
      : sort === 'oldest'
        ? `${fts ? 's.rowid' : 'q.id'} ASC`
        : `${fts ? 's.rowid' : 'q.id'} DESC`;
  const from = fts ? 'question_search s CROSS JOIN questions q ON q.id = s.rowid' : 'questions q';
  if (fts) {
    where.unshift('question_search MATCH ?');
    args.unshift(fts);
  }

  const { client } = appDatabase();
  const page = await client.execute({
    sql: `SELECT q.id, q.exam_id, q.type, q.difficulty, q.is_active, q.current_version, q.updated_at, q.objective_id
          FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ${QUESTION_PAGE_SIZE + 1}`,
    args,
  });
  const rows = page.rows.slice(0, QUESTION_PAGE_SIZE);
  const items = await describeRows(rows.map((r) => num(r.id)));
  const byId = new Map(items.map((i) => [i.id, i]));
  const ordered = rows.map((r) => byId.get(num(r.id))).filter((i): i is QuestionListItem => i !== undefined);
  const last = ordered.at(-1);
  const nextCursor =
    page.rows.length > QUESTION_PAGE_SIZE && last
      ? sort === 'updated'
        ? `${last.updatedAt}:${last.id}`
        : String(last.id)
      : null;
  return { query, items: ordered, nextCursor };
}

/** The details of one page of questions, fetched by id (50 primary-key lookups). */
async function describeRows(ids: number[]): Promise<QuestionListItem[]> {
  if (ids.length === 0) return [];
  const { rows } = await appDatabase().client.execute({
    sql: `SELECT q.id, q.exam_id, e.code AS exam_code, o.code AS objective_code, q.type, q.difficulty, q.is_active, q.current_version, q.updated_at,
            q.title, substr(v.stem, 1, 600) AS stem,
            EXISTS (SELECT 1 FROM question_drafts d WHERE d.question_id = q.id) AS draft,
            (SELECT count(*) FROM question_reports r WHERE r.question_id = q.id AND r.status = 'open') AS open_reports,
            coalesce((SELECT poor FROM question_stats st WHERE st.question_id = q.id), 0) AS poor,
            EXISTS (SELECT 1 FROM question_ai_provenance p WHERE p.question_id = q.id) AS generated
          FROM questions q
          JOIN exams e ON e.id = q.exam_id
          JOIN objectives o ON o.id = q.objective_id
          JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
          WHERE q.id IN (${placeholders(ids.length)})`,
    args: ids,
  });
  return rows.map((r) => ({
    id: num(r.id),
    examId: num(r.exam_id),
    examCode: str(r.exam_code),
    objectiveCode: str(r.objective_code),
    type: r.type === 'multiple' ? 'multiple' : 'single',
    difficulty: num(r.difficulty),
    status: num(r.is_active) === 1 ? 'active' : num(r.draft) === 1 ? 'draft' : 'retired',
    version: num(r.current_version),
    title: r.title === null || r.title === undefined ? null : str(r.title),
    stem: str(r.stem),
    updatedAt: num(r.updated_at),
    openReports: num(r.open_reports),
    poor: num(r.poor) === 1,
    generated: num(r.generated) === 1,
  }));
}
