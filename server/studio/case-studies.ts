import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { caseStudies, exams, objectives, questions, questionVersions } from '@/database/schema';
import { caseStudyFormSchema, questionCaseSchema } from '@/lib/validation/case-studies';
import { studioFieldErrors } from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { describeExhibit, exhibitsOf, type Exhibit } from '@/lib/exam/exhibits';
import type { CaseStudyStatus } from '@/database/schema';
import { auditStatement } from '../auth/audit';
import { appDatabase, writeBatch } from '../db';
import type { RequestContext } from '../request-context';
import { invalidateQuestionPool } from '../attempts/pool';
import { checkExhibitImages } from './exhibit-images';
import { notFound, StudioError } from './errors';

// Case studies of an exam (issue 20): a shared scenario several questions refer to.

export interface CaseStudySummary {
  id: number;
  examId: number;
  title: string;
  status: CaseStudyStatus;
  questions: number;
  updatedAt: number;
}

export interface CaseStudyQuestion {
  id: number;
  title: string | null;
  stem: string;
  objective: string;
  active: boolean;
}

export interface CaseStudyDetail extends CaseStudySummary {
  scenario: string;
  exhibits: Exhibit[];
  exam: { id: number; title: string };
  members: CaseStudyQuestion[];
}

/** The exam's case studies with their question counts, by title. */
export async function listCaseStudies(
  actor: SessionUser | null,
  examId: number,
): Promise<CaseStudySummary[]> {
  assertRole(actor, 'moderator');
  const { db } = appDatabase();
  return db
    .select({
      id: caseStudies.id,
      examId: caseStudies.examId,
      title: caseStudies.title,
      status: caseStudies.status,
      questions: count(questions.id),
      updatedAt: caseStudies.updatedAt,
    })
    .from(caseStudies)
    .leftJoin(questions, eq(questions.caseStudyId, caseStudies.id))
    .where(eq(caseStudies.examId, examId))
    .groupBy(caseStudies.id)
    .orderBy(asc(caseStudies.title))
    .then((rows) => rows.map((r) => ({ ...r, updatedAt: r.updatedAt.getTime() })));
}

/** One case study with its scenario and its questions (current versions). */
export async function getCaseStudy(actor: SessionUser | null, id: number): Promise<CaseStudyDetail> {
  assertRole(actor, 'moderator');
  const { db } = appDatabase();
  const [rows, members] = await Promise.all([
    db
      .select({ c: caseStudies, examTitle: exams.title })
      .from(caseStudies)
      .innerJoin(exams, eq(exams.id, caseStudies.examId))
      .where(eq(caseStudies.id, id)),
    db
      .select({
        id: questions.id,
        title: questions.title,
        stem: questionVersions.stem,
        objective: objectives.code,
        active: questions.isActive,
      })
      .from(questions)
      .innerJoin(
        questionVersions,
        and(
          eq(questionVersions.questionId, questions.id),
          eq(questionVersions.version, questions.currentVersion),
        ),
      )
      .innerJoin(objectives, eq(objectives.id, questions.objectiveId))
      .where(eq(questions.caseStudyId, id))
      .orderBy(asc(questions.id)),
  ]);
  const row = rows[0];
  if (!row) throw notFound('case study');
  const c = row.c;
  return {
    id: c.id,
    examId: c.examId,
    title: c.title,
    status: c.status,
    scenario: c.scenario,
    exhibits: exhibitsOf(c.exhibits),
    updatedAt: c.updatedAt.getTime(),
    questions: members.length,
    exam: { id: c.examId, title: row.examTitle },
    members,
  };
}

/** The fields checked by the schema, then each image exhibit against the stored uploads. */
async function parseCaseStudy(input: unknown) {
  const parsed = caseStudyFormSchema.safeParse(input);
  if (!parsed.success)
    throw new StudioError('Check the case study’s fields.', studioFieldErrors(parsed.error));
  return checkExhibitImages(parsed.data);
}

/** How the audit row names a list of exhibits: "(none)" or each described, in order. */
const exhibitSummary = (list: readonly Exhibit[]) =>
  list.length === 0 ? '(none)' : list.map(describeExhibit).join('; ');

/** Creates a case study of an exam; returns its id. */
export async function createCaseStudy(
  actor: SessionUser | null,
  examId: number,
  input: unknown,
  ctx: RequestContext,
): Promise<number> {
  const user = assertRole(actor, 'moderator');
  const fields = await parseCaseStudy(input);
  const { db } = appDatabase();
  const [exam] = await db.select({ id: exams.id }).from(exams).where(eq(exams.id, examId));
  if (!exam) throw notFound('exam');
  const at = new Date(ctx.now);
  const [[created]] = await writeBatch([
    db
      .insert(caseStudies)
      .values({
        examId,
        ...fields,
        createdBy: user.id,
        updatedBy: user.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: caseStudies.id }),
    auditStatement({
      actorId: user.id,
      action: 'studio.case_study_created',
      targetType: 'exam',
      targetId: String(examId),
      ip: ctx.ip,
      details: {
        title: fields.title,
        status: fields.status,
        ...(fields.exhibits.length ? { exhibits: exhibitSummary(fields.exhibits) } : {}),
      },
      now: ctx.now,
    }),
  ]);
  invalidateQuestionPool(examId);
  return (created as { id: number }).id;
}

/** Edits a case study's title, scenario, exhibits or status; the audit row keeps what changed. */
export async function updateCaseStudy(
  actor: SessionUser | null,
  id: number,
  input: unknown,
  ctx: RequestContext,
): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const fields = await parseCaseStudy(input);
  const before = await getCaseStudy(user, id);
  const from: Record<string, string> = {};
  const to: Record<string, string> = {};
  for (const key of ['title', 'scenario', 'status'] as const)
    if (before[key] !== fields[key]) {
      from[key] = before[key];
      to[key] = fields[key];
    }
  if (JSON.stringify(before.exhibits) !== JSON.stringify(fields.exhibits)) {
    from.exhibits = exhibitSummary(before.exhibits);
    to.exhibits = exhibitSummary(fields.exhibits);
  }
  if (Object.keys(to).length === 0) return;
  await writeBatch([
    appDatabase()
      .db.update(caseStudies)
      .set({ ...fields, updatedBy: user.id, updatedAt: new Date(ctx.now) })
      .where(eq(caseStudies.id, id)),
    auditStatement({
      actorId: user.id,
      action: 'studio.case_study_updated',
      targetType: 'case_study',
      targetId: String(id),
      ip: ctx.ip,
      details: { from, to },
      now: ctx.now,
    }),
  ]);
  invalidateQuestionPool(before.examId);
}

/** Puts a question into a case study of its own exam, or takes it out (caseStudyId null). */
export async function setQuestionCase(actor: SessionUser | null, input: unknown, ctx: RequestContext) {
  const user = assertRole(actor, 'moderator');
  const parsed = questionCaseSchema.safeParse(input);
  if (!parsed.success)
    throw new StudioError('Check the question and case study.', studioFieldErrors(parsed.error));
  const { questionId, caseStudyId } = parsed.data;
  const { db } = appDatabase();
  const [question] = await db
    .select({ examId: questions.examId, caseStudyId: questions.caseStudyId })
    .from(questions)
    .where(eq(questions.id, questionId));
  if (!question)
    throw new StudioError(`Question #${questionId} does not exist.`, { questionId: 'No such question.' });
  if (caseStudyId !== null) {
    const [target] = await db
      .select({ examId: caseStudies.examId })
      .from(caseStudies)
      .where(eq(caseStudies.id, caseStudyId));
    if (!target) throw notFound('case study');
    if (target.examId !== question.examId)
      throw new StudioError(`Question #${questionId} belongs to another exam than this case study.`, {
        questionId: 'A question of this case study’s exam, please.',
      });
  }
  if (question.caseStudyId === caseStudyId) return { examId: question.examId, changed: false };
  await writeBatch([
    db
      .update(questions)
      .set({ caseStudyId, updatedAt: new Date(ctx.now) })
      .where(eq(questions.id, questionId)),
    auditStatement({
      actorId: user.id,
      action: 'studio.question_case_changed',
      targetType: 'question',
      targetId: String(questionId),
      ip: ctx.ip,
      details: { from: { caseStudy: question.caseStudyId }, to: { caseStudy: caseStudyId } },
      now: ctx.now,
    }),
  ]);
  invalidateQuestionPool(question.examId);
  return { examId: question.examId, changed: true };
}

/** The case study a question belongs to (null: standalone). */
export async function caseStudyIdOf(actor: SessionUser | null, questionId: number): Promise<number | null> {
  assertRole(actor, 'moderator');
  const [row] = await appDatabase()
    .db.select({ caseStudyId: questions.caseStudyId })
    .from(questions)
    .where(eq(questions.id, questionId));
  return row?.caseStudyId ?? null;
}
