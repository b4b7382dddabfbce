import 'server-only';
import type { InStatement } from '@libsql/client';
import { examFormSchema, objectiveFormSchema, studioFieldErrors } from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '../auth/guards';
import { auditStatement } from '../auth/audit';
import { appDatabase } from '../db';
import type { RequestContext } from '../request-context';
import { notFound, StudioError } from './errors';
import { num, str } from './rows';

export interface StudioExamSummary {
  id: number;
  slug: string;
  code: string;
  title: string;
  vendor: string;
  status: 'draft' | 'published';
  activeQuestions: number;
  totalQuestions: number;
  openReports: number;
  weightSum: number;
}

export interface StudioObjective {
  id: number;
  code: string;
  title: string;
  weight: number;
  questions: number;
}

export interface StudioExam extends Omit<StudioExamSummary, 'weightSum'> {
  description: string;
  durationMinutes: number;
  questionCount: number;
  passingScore: number;
  objectives: StudioObjective[];
  weightSum: number;
}

export async function listStudioExams(actor: SessionUser | null): Promise<StudioExamSummary[]> {
  assertRole(actor, 'moderator');
  const { rows } = await appDatabase().client.execute(`
    SELECT e.id, e.slug, e.code, e.title, e.vendor, e.status,
      (SELECT coalesce(sum(o.active_question_count), 0) FROM objectives o WHERE o.exam_id = e.id) AS active_questions,
      (SELECT count(*) FROM questions q WHERE q.exam_id = e.id) AS total_questions,
      (SELECT count(*) FROM question_reports r JOIN questions q ON q.id = r.question_id WHERE q.exam_id = e.id AND r.status = 'open') AS open_reports,
      (SELECT coalesce(sum(weight), 0) FROM objectives o WHERE o.exam_id = e.id) AS weight_sum
    FROM exams e ORDER BY e.status DESC, e.title`);
  return rows.map((r) => ({
    id: num(r.id),
    slug: str(r.slug),
    code: str(r.code),
    title: str(r.title),
    vendor: str(r.vendor),
    status: r.status === 'published' ? 'published' : 'draft',
    activeQuestions: num(r.active_questions),
    totalQuestions: num(r.total_questions),
    openReports: num(r.open_reports),
    weightSum: num(r.weight_sum),
  }));
}

export async function getStudioExam(actor: SessionUser | null, examId: number): Promise<StudioExam> {
  assertRole(actor, 'moderator');
  const { client } = appDatabase();
  const summary = (await listStudioExams(actor)).find((e) => e.id === examId);
  const { rows } = await client.execute({ sql: 'SELECT description, duration_minutes, question_count, passing_score FROM exams WHERE id = ?', args: [examId] });
  const exam = rows[0];
  if (!summary || !exam) throw notFound('exam');
  const objectives = await client.execute({
    sql: `SELECT o.id, o.code, o.title, o.weight, (SELECT count(*) FROM questions q WHERE q.objective_id = o.id) AS questions
          FROM objectives o WHERE o.exam_id = ? ORDER BY o.position, o.code`,
    args: [examId],
  });
  return {
    ...summary,
    description: str(exam.description),
    durationMinutes: num(exam.duration_minutes),
    questionCount: num(exam.question_count),
    passingScore: num(exam.passing_score),
    objectives: objectives.rows.map((o) => ({ id: num(o.id), code: str(o.code), title: str(o.title), weight: num(o.weight), questions: num(o.questions) })),
  };
}

function slugFrom(code: string, title: string): string {
  const base = `${code} ${title}`.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return base.slice(0, 80).replace(/-+$/, '') || 'exam';
}

async function write(statements: InStatement[]): Promise<void> {
  await appDatabase().write((_db, client) => client.batch(statements, 'write'));
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth += 1) {
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && /UNIQUE constraint failed/.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** A new exam, always a draft: learners never see it until it is published. */
export async function createExam(actor: SessionUser | null, input: unknown, ctx: RequestContext): Promise<{ id: number; slug: string }> {
  const user = assertRole(actor, 'moderator');
  const parsed = examFormSchema.safeParse(input);
  if (!parsed.success) throw new StudioError('Check the highlighted fields.', studioFieldErrors(parsed.error));
  const exam = parsed.data;
  const slug = exam.slug ?? slugFrom(exam.code, exam.title);
  try {
    await write([
      {
        sql: `INSERT INTO exams (slug, code, title, vendor, description, duration_minutes, question_count, passing_score, status, created_at, updated_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
        args: [slug, exam.code, exam.title, exam.vendor, exam.description, exam.durationMinutes, exam.questionCount, exam.passingScore, ctx.now, ctx.now],
      },
      auditStatement({ actorId: user.id, action: 'studio.exam_created', targetType: 'exam', targetId: slug, ip: ctx.ip, details: { ...exam, slug }, now: ctx.now }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) throw new StudioError('Another exam already uses this slug.', { slug: 'Another exam already uses this slug; choose another.' });
    throw error;
  }
  const { rows } = await appDatabase().client.execute({ sql: 'SELECT id FROM exams WHERE slug = ?', args: [slug] });
  return { id: num(rows[0]?.id), slug };
}

export async function updateExam(actor: SessionUser | null, examId: number, input: unknown, ctx: RequestContext): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const parsed = examFormSchema.omit({ slug: true }).safeParse(input);
  if (!parsed.success) throw new StudioError('Check the highlighted fields.', studioFieldErrors(parsed.error));
  const before = await getStudioExam(user, examId);
  const exam = parsed.data;
  const changed = Object.fromEntries(
    (Object.keys(exam) as (keyof typeof exam)[]).filter((k) => exam[k] !== before[k]).map((k) => [k, { from: before[k], to: exam[k] }]),
  );
  await write([
    {
      sql: `UPDATE exams SET code = ?, title = ?, vendor = ?, description = ?, duration_minutes = ?, question_count = ?, passing_score = ?, updated_at = ? WHERE id = ?`,
      args: [exam.code, exam.title, exam.vendor, exam.description, exam.durationMinutes, exam.questionCount, exam.passingScore, ctx.now, examId],
    },
    auditStatement({ actorId: user.id, action: 'studio.exam_updated', targetType: 'exam', targetId: String(examId), ip: ctx.ip, details: { changed }, now: ctx.now }),
  ]);
}

/** Publishing needs objectives whose weights sum to 100 and at least one active question. */
export async function setExamStatus(actor: SessionUser | null, examId: number, status: 'draft' | 'published', ctx: RequestContext): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const exam = await getStudioExam(user, examId);
  if (status === 'published') {
    if (exam.objectives.length === 0) throw new StudioError('Add objectives before publishing.');
    if (exam.weightSum !== 100) throw new StudioError(`Objective weights must sum to 100 before publishing (they sum to ${exam.weightSum}).`);
    if (exam.activeQuestions === 0) throw new StudioError('Add at least one active question before publishing.');
  }
  await write([
    {
      // The weight check is repeated in the statement, so a concurrent objective edit cannot slip past it.
      sql: `UPDATE exams SET status = ?, updated_at = ? WHERE id = ? AND (? = 'draft' OR (SELECT sum(weight) FROM objectives WHERE exam_id = ?) = 100)`,
      args: [status, ctx.now, examId, status, examId],
    },
    auditStatement({
      actorId: user.id,
      action: status === 'published' ? 'studio.exam_published' : 'studio.exam_unpublished',
      targetType: 'exam',
      targetId: String(examId),
      ip: ctx.ip,
      details: { slug: exam.slug },
      now: ctx.now,
    }),
  ]);
}

function parseObjective(input: unknown) {
  const parsed = objectiveFormSchema.safeParse(input);
  if (!parsed.success) throw new StudioError('Check the objective’s fields.', studioFieldErrors(parsed.error));
  return parsed.data;
}

/** Weights of a published exam must keep summing to 100. */
function checkPublishedWeights(exam: StudioExam, newSum: number): void {
  if (exam.status === 'published' && newSum !== 100) {
    throw new StudioError(`This exam is published: its weights must keep summing to 100 (this change makes ${newSum}). Unpublish it first, or adjust another objective.`, {
      weight: `Weights would sum to ${newSum}.`,
    });
  }
}

export async function createObjective(actor: SessionUser | null, examId: number, input: unknown, ctx: RequestContext): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const objective = parseObjective(input);
  const exam = await getStudioExam(user, examId);
  checkPublishedWeights(exam, exam.weightSum + objective.weight);
  if (exam.objectives.some((o) => o.code.toLowerCase() === objective.code.toLowerCase())) throw new StudioError('This exam already has an objective with this code.', { code: 'Already used in this exam.' });
  await write([
    {
      sql: 'INSERT INTO objectives (exam_id, code, title, weight, position) VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM objectives WHERE exam_id = ?))',
      args: [examId, objective.code, objective.title, objective.weight, examId],
    },
    auditStatement({ actorId: user.id, action: 'studio.objective_created', targetType: 'exam', targetId: String(examId), ip: ctx.ip, details: objective, now: ctx.now }),
  ]);
}

export async function updateObjective(actor: SessionUser | null, examId: number, objectiveId: number, input: unknown, ctx: RequestContext): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const objective = parseObjective(input);
  const exam = await getStudioExam(user, examId);
  const before = exam.objectives.find((o) => o.id === objectiveId);
  if (!before) throw notFound('objective');
  checkPublishedWeights(exam, exam.weightSum - before.weight + objective.weight);
  if (exam.objectives.some((o) => o.id !== objectiveId && o.code.toLowerCase() === objective.code.toLowerCase())) throw new StudioError('This exam already has an objective with this code.', { code: 'Already used in this exam.' });
  await write([
    { sql: 'UPDATE objectives SET code = ?, title = ?, weight = ? WHERE id = ? AND exam_id = ?', args: [objective.code, objective.title, objective.weight, objectiveId, examId] },
    auditStatement({
      actorId: user.id,
      action: 'studio.objective_updated',
      targetType: 'objective',
      targetId: String(objectiveId),
      ip: ctx.ip,
      details: { from: { code: before.code, title: before.title, weight: before.weight }, to: objective },
      now: ctx.now,
    }),
  ]);
}

/** Only an objective without questions can go (its questions would be deleted with it). */
export async function deleteObjective(actor: SessionUser | null, examId: number, objectiveId: number, ctx: RequestContext): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const exam = await getStudioExam(user, examId);
  const objective = exam.objectives.find((o) => o.id === objectiveId);
  if (!objective) throw notFound('objective');
  if (objective.questions > 0) throw new StudioError(`Objective ${objective.code} still has ${objective.questions} question(s); move or retire them instead of deleting it.`);
  checkPublishedWeights(exam, exam.weightSum - objective.weight);
  await write([
    { sql: 'DELETE FROM objectives WHERE id = ? AND exam_id = ? AND NOT EXISTS (SELECT 1 FROM questions WHERE objective_id = ?)', args: [objectiveId, examId, objectiveId] },
    auditStatement({ actorId: user.id, action: 'studio.objective_deleted', targetType: 'objective', targetId: String(objectiveId), ip: ctx.ip, details: { code: objective.code, title: objective.title }, now: ctx.now }),
  ]);
}
