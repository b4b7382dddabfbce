import 'server-only';
import { and, asc, count, desc, eq, sql, sum } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { exams, objectives, questionReports, questions } from '@/database/schema';
import { examFormSchema, studioFieldErrors } from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { auditStatement } from '../auth/audit';
import { appDatabase, isUniqueViolation, writeBatch } from '../db';
import type { RequestContext } from '../request-context';
import { invalidatePublicExam } from '../catalog/public-cache';
import { notFound, StudioError } from './errors';

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

/** The exams with their bank sizes, open reports and weight sums (one exam, or all of them). */
async function examSummaries(examId?: number): Promise<StudioExamSummary[]> {
  const { db } = appDatabase();
  const one = (column: AnySQLiteColumn) => (examId === undefined ? undefined : eq(column, examId));
  const [examRows, objectiveSums, questionCounts, reportCounts] = await Promise.all([
    db
      .select({
        id: exams.id,
        slug: exams.slug,
        code: exams.code,
        title: exams.title,
        vendor: exams.vendor,
        status: exams.status,
      })
      .from(exams)
      .where(one(exams.id))
      .orderBy(desc(exams.status), asc(exams.title)),
    db
      .select({
        examId: objectives.examId,
        active: sum(objectives.activeQuestionCount).mapWith(Number),
        weight: sum(objectives.weight).mapWith(Number),
      })
      .from(objectives)
      .where(one(objectives.examId))
      .groupBy(objectives.examId),
    db
      .select({ examId: questions.examId, total: count() })
      .from(questions)
      .where(one(questions.examId))
      .groupBy(questions.examId),
    db
      .select({ examId: questions.examId, open: count() })
      .from(questionReports)
      .innerJoin(questions, eq(questions.id, questionReports.questionId))
      .where(and(eq(questionReports.status, 'open'), one(questions.examId)))
      .groupBy(questions.examId),
  ]);
  const sums = new Map(objectiveSums.map((o) => [o.examId, o]));
  const totals = new Map(questionCounts.map((q) => [q.examId, q.total]));
  const reports = new Map(reportCounts.map((r) => [r.examId, r.open]));
  return examRows.map((e) => ({
    ...e,
    activeQuestions: sums.get(e.id)?.active ?? 0,
    totalQuestions: totals.get(e.id) ?? 0,
    openReports: reports.get(e.id) ?? 0,
    weightSum: sums.get(e.id)?.weight ?? 0,
  }));
}

export async function listStudioExams(actor: SessionUser | null): Promise<StudioExamSummary[]> {
  assertRole(actor, 'moderator');
  return examSummaries();
}

export async function getStudioExam(actor: SessionUser | null, examId: number): Promise<StudioExam> {
  assertRole(actor, 'moderator');
  const { db } = appDatabase();
  const [[summary], [exam], objectiveRows, questionCounts] = await Promise.all([
    examSummaries(examId),
    db
      .select({
        description: exams.description,
        durationMinutes: exams.durationMinutes,
        questionCount: exams.questionCount,
        passingScore: exams.passingScore,
      })
      .from(exams)
      .where(eq(exams.id, examId)),
    db
      .select({
        id: objectives.id,
        code: objectives.code,
        title: objectives.title,
        weight: objectives.weight,
      })
      .from(objectives)
      .where(eq(objectives.examId, examId))
      .orderBy(asc(objectives.position), asc(objectives.code)),
    db
      .select({ objectiveId: questions.objectiveId, n: count() })
      .from(questions)
      .where(eq(questions.examId, examId))
      .groupBy(questions.objectiveId),
  ]);
  if (!summary || !exam) throw notFound('exam');
  const perObjective = new Map(questionCounts.map((q) => [q.objectiveId, q.n]));
  return {
    ...summary,
    ...exam,
    objectives: objectiveRows.map((o) => ({ ...o, questions: perObjective.get(o.id) ?? 0 })),
  };
}

function slugFrom(code: string, title: string): string {
  const base = `${code} ${title}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base.slice(0, 80).replace(/-+$/, '') || 'exam';
}

/** A new exam, always a draft: learners never see it until it is published. */
export async function createExam(
  actor: SessionUser | null,
  input: unknown,
  ctx: RequestContext,
): Promise<{ id: number; slug: string }> {
  const user = assertRole(actor, 'moderator');
  const parsed = examFormSchema.safeParse(input);
  if (!parsed.success)
    throw new StudioError('Check the highlighted fields.', studioFieldErrors(parsed.error));
  const exam = parsed.data;
  const slug = exam.slug ?? slugFrom(exam.code, exam.title);
  const at = new Date(ctx.now);
  try {
    const [[created]] = await writeBatch([
      appDatabase()
        .db.insert(exams)
        .values({ ...exam, slug, status: 'draft', createdAt: at, updatedAt: at })
        .returning({ id: exams.id }),
      auditStatement({
        actorId: user.id,
        action: 'studio.exam_created',
        targetType: 'exam',
        targetId: slug,
        ip: ctx.ip,
        details: { ...exam, slug },
        now: ctx.now,
      }),
    ]);
    return { id: (created as { id: number }).id, slug };
  } catch (error) {
    if (isUniqueViolation(error))
      throw new StudioError('Another exam already uses this slug.', {
        slug: 'Another exam already uses this slug; choose another.',
      });
    throw error;
  }
}

export async function updateExam(
  actor: SessionUser | null,
  examId: number,
  input: unknown,
  ctx: RequestContext,
): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const parsed = examFormSchema.omit({ slug: true }).safeParse(input);
  if (!parsed.success)
    throw new StudioError('Check the highlighted fields.', studioFieldErrors(parsed.error));
  const before = await getStudioExam(user, examId);
  const exam = parsed.data;
  const changed = Object.fromEntries(
    (Object.keys(exam) as (keyof typeof exam)[])
      .filter((k) => exam[k] !== before[k])
      .map((k) => [k, { from: before[k], to: exam[k] }]),
  );
  await writeBatch([
    appDatabase()
      .db.update(exams)
      .set({ ...exam, updatedAt: new Date(ctx.now) })
      .where(eq(exams.id, examId)),
    auditStatement({
      actorId: user.id,
      action: 'studio.exam_updated',
      targetType: 'exam',
      targetId: String(examId),
      ip: ctx.ip,
      details: { changed },
      now: ctx.now,
    }),
  ]);
  invalidatePublicExam(examId);
}

/** Publishing needs objectives whose weights sum to 100 and at least one active question. */
export async function setExamStatus(
  actor: SessionUser | null,
  examId: number,
  status: 'draft' | 'published',
  ctx: RequestContext,
): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const exam = await getStudioExam(user, examId);
  if (status === 'published') {
    if (exam.objectives.length === 0) throw new StudioError('Add objectives before publishing.');
    if (exam.weightSum !== 100)
      throw new StudioError(
        `Objective weights must sum to 100 before publishing (they sum to ${exam.weightSum}).`,
      );
    if (exam.activeQuestions === 0)
      throw new StudioError('Add at least one active question before publishing.');
  }
  await writeBatch([
    appDatabase()
      .db.update(exams)
      .set({ status, updatedAt: new Date(ctx.now) })
      // The weight check is repeated in the statement, so a concurrent objective edit cannot slip past it.
      .where(
        and(
          eq(exams.id, examId),
          status === 'draft'
            ? undefined
            : sql`(SELECT sum(${objectives.weight}) FROM ${objectives} WHERE ${objectives.examId} = ${examId}) = 100`,
        ),
      ),
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
  invalidatePublicExam(examId);
}
