import type { InStatement } from '@libsql/client';
import { kindFieldsOf } from '../../lib/studio/question-model';
import { insertMediaStatement } from '../questions/import-media';
import { sniffImage } from '../../lib/media/sniff';
import type { Exhibit } from '../../lib/exam/exhibits';
import { SEED_IMAGES } from './exhibit-images';
import type { SeedExam, SeedExhibit, SeedQuestion } from './types';
import { createHash } from 'node:crypto';

/** A seed question's or case study's stored exhibits, and the media rows its images need (inserted first). */
function seedExhibits(
  exhibits: readonly SeedExhibit[],
  at: number,
): { stored: Exhibit[]; media: InStatement[] } {
  const media: InStatement[] = [];
  const stored = exhibits.map((exhibit): Exhibit => {
    if (exhibit.kind !== 'image') return exhibit;
    const bytes = SEED_IMAGES[exhibit.image]();
    const image = sniffImage(bytes)!;
    const hash = createHash('sha256').update(bytes).digest('hex');
    const size = image.width && image.height ? { width: image.width, height: image.height } : {};
    media.push(insertMediaStatement({ hash, mime: image.mime, bytes, ...size }, at, null));
    return { kind: 'image', title: exhibit.title, alt: exhibit.alt, hash, mime: image.mime, ...size };
  });
  return { stored, media };
}

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
  for (const question of exam.questions) statements.push(...questionStatements(exam.slug, question, at));
  for (const caseStudy of exam.caseStudies ?? []) {
    const exhibits = seedExhibits(caseStudy.exhibits ?? [], at);
    statements.push(...exhibits.media, {
      sql: `INSERT INTO case_studies (exam_id, title, scenario, exhibits, status, created_at, updated_at)
            VALUES ((${examId.sql}), ?, ?, ?, 'published', ?, ?)`,
      args: [exam.slug, caseStudy.title, caseStudy.scenario, JSON.stringify(exhibits.stored), at, at],
    });
    const caseId = `(SELECT id FROM case_studies WHERE exam_id = (${examId.sql}) AND title = ?)`;
    for (const question of caseStudy.questions)
      statements.push(
        ...questionStatements(exam.slug, question, at, { sql: caseId, args: [exam.slug, caseStudy.title] }),
      );
  }
  return statements;
}

/** A question and its version 1; `caseStudy` is a subquery naming its case study. */
function questionStatements(
  slug: string,
  question: SeedQuestion,
  at: number,
  caseStudy?: { sql: string; args: string[] },
): InStatement[] {
  const examId = 'SELECT id FROM exams WHERE slug = ?';
  const correctCount = question.options.filter((o) => o.correct).length;
  const exhibits = seedExhibits(question.exhibits ?? [], at);
  const options = question.options.map((o, i) => ({
    id: OPTION_IDS[i],
    text: o.text,
    correct: o.correct === true,
    ...(o.match !== undefined ? { match: OPTION_IDS[o.match] } : {}),
  }));
  return [
    // Before the question: last_insert_rowid() must still name it when its version is inserted.
    ...exhibits.media,
    {
      sql: `INSERT INTO questions (exam_id, objective_id, type, difficulty, is_active, current_version, created_at, updated_at, case_study_id)
            VALUES ((${examId}), (SELECT id FROM objectives WHERE exam_id = (${examId}) AND code = ?), ?, ?, 1, 1, ?, ?, ${caseStudy ? caseStudy.sql : 'NULL'})`,
      args: [
        slug,
        slug,
        question.objective,
        correctCount > 1 ? 'multiple' : 'single',
        question.difficulty,
        at,
        at,
        ...(caseStudy?.args ?? []),
      ],
    },
    {
      sql: `INSERT INTO question_versions (question_id, version, stem, options, explanation, refs, settings, exhibits, author_id, created_at)
            VALUES (last_insert_rowid(), 1, ?, ?, ?, ?, ?, ?, NULL, ?)`,
      args: [
        question.stem,
        JSON.stringify(options),
        question.explanation,
        JSON.stringify(question.references ?? []),
        JSON.stringify(kindFieldsOf(question)),
        JSON.stringify(exhibits.stored),
        at,
      ],
    },
  ];
}
