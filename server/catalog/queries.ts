import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { exams, objectives } from '@/database/schema';
import { appDatabase } from '../db';
import type { ExamFacts } from '@/lib/exam/exam-facts';

export interface ExamSummary extends ExamFacts {
  slug: string;
  objectiveCount: number;
  bankSize: number;
}

/** Published exams for the catalog, with the size of each active question bank. */
export async function listPublishedExams(): Promise<ExamSummary[]> {
  const { db } = appDatabase();
  return db
    .select({
      slug: exams.slug,
      code: exams.code,
      title: exams.title,
      vendor: exams.vendor,
      description: exams.description,
      durationMinutes: exams.durationMinutes,
      questionCount: exams.questionCount,
      passingScore: exams.passingScore,
      // Qualified by hand: inside a subquery drizzle would render exams.id as a bare "id".
      objectiveCount: sql<number>`(SELECT count(*) FROM objectives o WHERE o.exam_id = "exams"."id")`,
      bankSize: sql<number>`(SELECT coalesce(sum(o.active_question_count), 0) FROM objectives o WHERE o.exam_id = "exams"."id")`,
    })
    .from(exams)
    .where(eq(exams.status, 'published'))
    .orderBy(asc(exams.vendor), asc(exams.title));
}

export interface ObjectiveDetail {
  id: number;
  code: string;
  title: string;
  weight: number;
  questionCount: number;
}

export interface ExamDetail extends Omit<ExamSummary, 'objectiveCount'> {
  id: number;
  objectives: ObjectiveDetail[];
}

/** A published exam by slug, or null (unknown and draft exams look the same to learners). */
export async function getPublishedExam(slug: string): Promise<ExamDetail | null> {
  const { db } = appDatabase();
  const [exam] = await db
    .select()
    .from(exams)
    .where(and(eq(exams.slug, slug), eq(exams.status, 'published')))
    .limit(1);
  if (!exam) return null;
  const objectiveRows = await db
    .select({
      id: objectives.id,
      code: objectives.code,
      title: objectives.title,
      weight: objectives.weight,
      questionCount: objectives.activeQuestionCount,
    })
    .from(objectives)
    .where(eq(objectives.examId, exam.id))
    .orderBy(asc(objectives.position), asc(objectives.code));
  return {
    id: exam.id,
    slug: exam.slug,
    code: exam.code,
    title: exam.title,
    vendor: exam.vendor,
    description: exam.description,
    durationMinutes: exam.durationMinutes,
    questionCount: exam.questionCount,
    passingScore: exam.passingScore,
    objectives: objectiveRows,
    bankSize: objectiveRows.reduce((sum, o) => sum + o.questionCount, 0),
  };
}
