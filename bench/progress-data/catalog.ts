import type { Client } from '@libsql/client';
import { BulkInserter } from '../lib/generated-database';

export const EXAMS = 3;
export const QUESTIONS_PER_EXAM = 600;
export const EXAM_MINUTES = 130;
export const EXAM_QUESTIONS = 65;
const WEIGHTS = [30, 25, 20, 15, 10];

export interface BankQuestion {
  id: number;
  versionId: number;
  examId: number;
  objectiveId: number;
  objectiveIndex: number;
}

/**
 * The catalog: EXAMS published exams with five weighted objectives and QUESTIONS_PER_EXAM
 * questions each, one version per question (one right option, b, of four). Returns each exam's
 * questions (exam id e at index e - 1).
 */
export async function insertCatalog(client: Client, at: number): Promise<BankQuestion[][]> {
  const catalog = [];
  for (let e = 1; e <= EXAMS; e += 1) {
    catalog.push({
      sql: `INSERT INTO exams (id, slug, code, title, vendor, description, duration_minutes, question_count, passing_score, status, created_at, updated_at)
          VALUES (?, ?, ?, ?, 'Bench', '', ?, ?, 72, 'published', ?, ?)`,
      args: [e, `bench-exam-${e}`, `BEN-${e}00`, `Bench Exam ${e}`, EXAM_MINUTES, EXAM_QUESTIONS, at, at],
    });
    WEIGHTS.forEach((weight, k) =>
      catalog.push({
        sql: 'INSERT INTO objectives (id, exam_id, code, title, weight, position) VALUES (?, ?, ?, ?, ?, ?)',
        args: [(e - 1) * 10 + k + 1, e, `${k + 1}.0`, `Objective ${k + 1}`, weight, k],
      }),
    );
  }
  await client.batch(catalog, 'write');
  return insertQuestions(client, at);
}

async function insertQuestions(client: Client, at: number): Promise<BankQuestion[][]> {
  const questions = new BulkInserter(
    client,
    'INSERT INTO questions (id, exam_id, objective_id, type, difficulty, is_active, current_version, created_at, updated_at)',
    9,
  );
  const versions = new BulkInserter(
    client,
    'INSERT INTO question_versions (id, question_id, version, stem, options, explanation, refs, created_at)',
    8,
  );
  const options4 = JSON.stringify(
    ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}`, correct: id === 'b' })),
  );
  const bank: BankQuestion[][] = [];
  for (let e = 1; e <= EXAMS; e += 1) {
    const list: BankQuestion[] = [];
    for (let i = 0; i < QUESTIONS_PER_EXAM; i += 1) {
      const id = (e - 1) * QUESTIONS_PER_EXAM + i + 1;
      const objectiveIndex = i % WEIGHTS.length;
      const objectiveId = (e - 1) * 10 + objectiveIndex + 1;
      questions.add([id, e, objectiveId, 'single', 1 + (i % 3), 1, 1, at, at]);
      versions.add([
        id,
        id,
        1,
        `Bench question ${id}: which option is right?`,
        options4,
        `Explanation of question ${id}.`,
        '[]',
        at,
      ]);
      list.push({ id, versionId: id, examId: e, objectiveId, objectiveIndex });
    }
    bank.push(list);
  }
  await questions.flush();
  await versions.flush();
  return bank;
}
