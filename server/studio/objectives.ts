import 'server-only';
import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import { objectives, questions } from '@/database/schema';
import { objectiveFormSchema, studioFieldErrors } from '@/lib/validation/studio';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { auditStatement } from '../auth/audit';
import { appDatabase, writeBatch } from '../db';
import type { RequestContext } from '../request-context';
import { invalidatePublicExam } from '../catalog/public-cache';
import { notFound, StudioError } from './errors';
import { getStudioExam, type StudioExam } from './exams';

// An exam's objectives: create, edit, delete (the weights of a published exam keep summing to 100).

export interface ObjectiveChoice {
  id: number;
  examId: number;
  code: string;
  title: string;
}

/** Every objective of every exam, for filters that follow the chosen exam without a round trip. */
export async function listObjectiveChoices(actor: SessionUser | null): Promise<ObjectiveChoice[]> {
  assertRole(actor, 'moderator');
  return appDatabase()
    .db.select({
      id: objectives.id,
      examId: objectives.examId,
      code: objectives.code,
      title: objectives.title,
    })
    .from(objectives)
    .orderBy(asc(objectives.examId), asc(objectives.position), asc(objectives.code));
}

function parseObjective(input: unknown) {
  const parsed = objectiveFormSchema.safeParse(input);
  if (!parsed.success)
    throw new StudioError('Check the objective’s fields.', studioFieldErrors(parsed.error));
  return parsed.data;
}

/** Weights of a published exam must keep summing to 100. */
function checkPublishedWeights(exam: StudioExam, newSum: number): void {
  if (exam.status === 'published' && newSum !== 100) {
    throw new StudioError(
      `This exam is published: its weights must keep summing to 100 (this change makes ${newSum}). Unpublish it first, or adjust another objective.`,
      {
        weight: `Weights would sum to ${newSum}.`,
      },
    );
  }
}

/** A moderator's objective change: who, the parsed fields, and the exam as it is now. */
async function objectiveChange(actor: SessionUser | null, examId: number, input: unknown) {
  const user = assertRole(actor, 'moderator');
  const objective = parseObjective(input);
  return { user, objective, exam: await getStudioExam(user, examId) };
}

/** Objective codes are unique within an exam, ignoring case. */
function checkCodeFree(exam: StudioExam, code: string, exceptId?: number): void {
  if (exam.objectives.some((o) => o.id !== exceptId && o.code.toLowerCase() === code.toLowerCase()))
    throw new StudioError('This exam already has an objective with this code.', {
      code: 'Already used in this exam.',
    });
}

export async function createObjective(
  actor: SessionUser | null,
  examId: number,
  input: unknown,
  ctx: RequestContext,
): Promise<void> {
  const { user, objective, exam } = await objectiveChange(actor, examId, input);
  checkPublishedWeights(exam, exam.weightSum + objective.weight);
  checkCodeFree(exam, objective.code);
  await writeBatch([
    appDatabase()
      .db.insert(objectives)
      .values({
        examId,
        ...objective,
        position: sql`(SELECT coalesce(max(${objectives.position}), -1) + 1 FROM ${objectives} WHERE ${objectives.examId} = ${examId})`,
      }),
    auditStatement({
      actorId: user.id,
      action: 'studio.objective_created',
      targetType: 'exam',
      targetId: String(examId),
      ip: ctx.ip,
      details: objective,
      now: ctx.now,
    }),
  ]);
  invalidatePublicExam(examId);
}

export async function updateObjective(
  actor: SessionUser | null,
  examId: number,
  objectiveId: number,
  input: unknown,
  ctx: RequestContext,
): Promise<void> {
  const { user, objective, exam } = await objectiveChange(actor, examId, input);
  const before = exam.objectives.find((o) => o.id === objectiveId);
  if (!before) throw notFound('objective');
  checkPublishedWeights(exam, exam.weightSum - before.weight + objective.weight);
  checkCodeFree(exam, objective.code, objectiveId);
  await writeBatch([
    appDatabase()
      .db.update(objectives)
      .set(objective)
      .where(and(eq(objectives.id, objectiveId), eq(objectives.examId, examId))),
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
  invalidatePublicExam(examId);
}

/** Only an objective without questions can go (its questions would be deleted with it). */
export async function deleteObjective(
  actor: SessionUser | null,
  examId: number,
  objectiveId: number,
  ctx: RequestContext,
): Promise<void> {
  const user = assertRole(actor, 'moderator');
  const exam = await getStudioExam(user, examId);
  const objective = exam.objectives.find((o) => o.id === objectiveId);
  if (!objective) throw notFound('objective');
  if (objective.questions > 0)
    throw new StudioError(
      `Objective ${objective.code} still has ${objective.questions} question(s); move or retire them instead of deleting it.`,
    );
  checkPublishedWeights(exam, exam.weightSum - objective.weight);
  const { db } = appDatabase();
  await writeBatch([
    db.delete(objectives).where(
      and(
        eq(objectives.id, objectiveId),
        eq(objectives.examId, examId),
        notExists(
          db
            .select({ one: sql`1` })
            .from(questions)
            .where(eq(questions.objectiveId, objectiveId)),
        ),
      ),
    ),
    auditStatement({
      actorId: user.id,
      action: 'studio.objective_deleted',
      targetType: 'objective',
      targetId: String(objectiveId),
      ip: ctx.ip,
      details: { code: objective.code, title: objective.title },
      now: ctx.now,
    }),
  ]);
  invalidatePublicExam(examId);
}
