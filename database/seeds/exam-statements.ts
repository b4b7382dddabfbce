import type { InStatement } from '@libsql/client';
import { kindFieldsOf } from '../../lib/studio/question-model';
import type { SeedExam } from './types';

const OPTION_IDS = 'abcdefghijklmnopqrst';

/**
 * INSERTs for one exam, its objectives and its questions (version 1 of each).
 * Meant for one atomic batch: the statements run in order on one connection, so
 * last_insert_rowid() links each version to the question inserted just before it.
 */
export function buildExamStatements(
  exam: SeedExam,
  now: Date,
  status: 'draft' | 'published' = 'published',
): InStatement[] {
  const at = now.getTime();
  const examId = { sql: 'SELECT id FROM exams WHERE slug = ?', args: [exam.slug] };
  const statements: InStatement[] = [
    {
      sql: `INSERT INTO exams (slug, code, title, vendor, description, duration_minutes, question_count, passing_score, status, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        exam.slug,
        exam.code,
        exam.title,
        exam.vendor,
        exam.description,
        exam.durationMinutes,
        exam.questionCount,
        exam.passingScore,
        status,
        at,
        at,
      ],
    },
  ];
  exam.objectives.forEach((objective, position) => {
    statements.push({
      sql: `INSERT INTO objectives (exam_id, code, title, weight, position) VALUES ((${examId.sql}), ?, ?, ?, ?)`,
      args: [exam.slug, objective.code, objective.title, objective.weight, position],
    });
  });
  for (const question of exam.questions) {
    const correctCount = question.options.filter((o) => o.correct).length;
    statements.push({
      sql: `INSERT INTO questions (exam_id, objective_id, type, difficulty, is_active, current_version, created_at, updated_at)
            VALUES ((${examId.sql}), (SELECT id FROM objectives WHERE exam_id = (${examId.sql}) AND code = ?), ?, ?, 1, 1, ?, ?)`,
      args: [
        exam.slug,
        exam.slug,
        question.objective,
        correctCount > 1 ? 'multiple' : 'single',
        question.difficulty,
        at,
        at,
      ],
    });
    const options = question.options.map((o, i) => ({
      id: OPTION_IDS[i],
      text: o.text,
      correct: o.correct === true,
      ...(o.match !== undefined ? { match: OPTION_IDS[o.match] } : {}),
    }));
    statements.push({
      sql: `INSERT INTO question_versions (question_id, version, stem, options, explanation, refs, settings, author_id, created_at)
            VALUES (last_insert_rowid(), 1, ?, ?, ?, ?, ?, NULL, ?)`,
      args: [
        question.stem,
        JSON.stringify(options),
        question.explanation,
        JSON.stringify(question.references ?? []),
        JSON.stringify(kindFieldsOf(question)),
        at,
      ],
    });
  }
  return statements;
}
