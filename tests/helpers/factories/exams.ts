import type { ExamStatus } from '../../../database/schema';
import { rows, testDatabase } from '../database';
import { unique } from './unique';

export async function examIdBySlug(slug: string): Promise<number> {
  const [row] = await rows('SELECT id FROM exams WHERE slug = ?', [slug]);
  if (typeof row?.id !== 'number') throw new Error(`No exam ${slug} in the test database`);
  return row.id;
}

export interface ObjectiveOverrides {
  code?: string;
  title?: string;
  /** Percent of the exam; an exam's weights sum to 100. */
  weight: number;
}

export interface ExamOverrides {
  slug?: string;
  code?: string;
  title?: string;
  vendor?: string;
  description?: string;
  durationMinutes?: number;
  questionCount?: number;
  passingScore?: number;
  status?: ExamStatus;
  /** One objective weighing 100 unless given. */
  objectives?: ObjectiveOverrides[];
}

export interface CreatedExam {
  id: number;
  slug: string;
  /** In the order given (position 0, 1, …). */
  objectiveIds: number[];
}

/** A published exam (30 minutes, 10 questions, 70% to pass) with its objectives, and no questions yet. */
export async function createExam(overrides: ExamOverrides = {}): Promise<CreatedExam> {
  const suffix = unique();
  const slug = overrides.slug ?? `exam-${suffix}`;
  const objectives = overrides.objectives ?? [{ weight: 100 }];
  const now = Date.now();
  const [exam, ...created] = await testDatabase().client.batch(
    [
      {
        sql: `INSERT INTO exams (slug, code, title, vendor, description, duration_minutes, question_count, passing_score, status, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        args: [
          slug,
          overrides.code ?? `FAC-${suffix}`,
          overrides.title ?? `Factory Exam ${suffix}`,
          overrides.vendor ?? 'Factory',
          overrides.description ?? '',
          overrides.durationMinutes ?? 30,
          overrides.questionCount ?? 10,
          overrides.passingScore ?? 70,
          overrides.status ?? 'published',
          now,
          now,
        ],
      },
      ...objectives.map((objective, position) => ({
        sql: 'INSERT INTO objectives (exam_id, code, title, weight, position) VALUES ((SELECT id FROM exams WHERE slug = ?), ?, ?, ?, ?) RETURNING id',
        args: [
          slug,
          objective.code ?? String(position + 1),
          objective.title ?? `Objective ${position + 1}`,
          objective.weight,
          position,
        ],
      })),
    ],
    'write',
  );
  return {
    id: Number(exam!.rows[0]!.id),
    slug,
    objectiveIds: created.map((result) => Number(result.rows[0]!.id)),
  };
}
