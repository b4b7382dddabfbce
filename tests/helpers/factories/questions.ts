import type { QuestionOption, QuestionReference, QuestionType } from '../../../database/schema';
import { rows, testDatabase } from '../database';
import { createExam } from './exams';
import { unique } from './unique';

/** A question's current version and its key: what an attempt pins and an answer is scored against. */
export interface KeyedQuestion {
  id: number;
  objectiveId: number;
  versionId: number;
  /** The correct option ids. */
  right: string[];
  /** One wrong option id (the first). */
  wrong: string[];
}

function keyOf(options: QuestionOption[]): Pick<KeyedQuestion, 'right' | 'wrong'> {
  return {
    right: options.filter((o) => o.correct).map((o) => o.id),
    wrong: options
      .filter((o) => !o.correct)
      .map((o) => o.id)
      .slice(0, 1),
  };
}

export interface QuestionContent {
  stem: string;
  options: QuestionOption[];
  explanation: string;
  refs: QuestionReference[];
}

export interface QuestionOverrides extends Partial<QuestionContent> {
  /** A new exam unless given. */
  examId?: number;
  /** The exam's first objective unless given. */
  objectiveId?: number;
  /** 'multiple' when more than one option is correct, else 'single'. */
  type?: QuestionType;
  difficulty?: 1 | 2 | 3;
  active?: boolean;
  authorId?: string | null;
  createdAt?: Date;
  /** question_versions.settings: the kind (matching / ordering) and its scoring rules. */
  settings?: Record<string, unknown>;
}

export interface CreatedQuestion extends KeyedQuestion {
  examId: number;
}

/** An active single-choice question (a right, b and c wrong) with its first version. */
export async function createQuestion(overrides: QuestionOverrides = {}): Promise<CreatedQuestion> {
  const examId = overrides.examId ?? (await createExam()).id;
  let objectiveId = overrides.objectiveId;
  if (objectiveId === undefined) {
    const [first] = await rows('SELECT id FROM objectives WHERE exam_id = ? ORDER BY position, id LIMIT 1', [
      examId,
    ]);
    if (first === undefined) throw new Error(`Exam ${examId} has no objective`);
    objectiveId = Number(first.id);
  }
  const suffix = unique();
  const options = overrides.options ?? [
    { id: 'a', text: `Right answer of factory question ${suffix}`, correct: true },
    { id: 'b', text: `Wrong answer B of factory question ${suffix}`, correct: false },
    { id: 'c', text: `Wrong answer C of factory question ${suffix}`, correct: false },
  ];
  const type = overrides.type ?? (options.filter((o) => o.correct).length > 1 ? 'multiple' : 'single');
  const at = (overrides.createdAt ?? new Date()).getTime();
  const [question, version] = await testDatabase().client.batch(
    [
      {
        sql: `INSERT INTO questions (exam_id, objective_id, type, difficulty, is_active, current_version, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, 1, ?, ?) RETURNING id`,
        args: [
          examId,
          objectiveId,
          type,
          overrides.difficulty ?? 2,
          overrides.active === false ? 0 : 1,
          at,
          at,
        ],
      },
      {
        sql: `INSERT INTO question_versions (question_id, version, stem, options, explanation, refs, settings, author_id, created_at)
          VALUES (last_insert_rowid(), 1, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        args: [
          overrides.stem ?? `Factory question ${suffix}?`,
          JSON.stringify(options),
          overrides.explanation ?? `Explanation of factory question ${suffix}.`,
          JSON.stringify(overrides.refs ?? []),
          JSON.stringify(overrides.settings ?? {}),
          overrides.authorId ?? null,
          at,
        ],
      },
    ],
    'write',
  );
  return {
    id: Number(question!.rows[0]!.id),
    examId,
    objectiveId,
    versionId: Number(version!.rows[0]!.id),
    ...keyOf(options),
  };
}

/**
 * Saves a new version of a question the way the studio does: a new immutable row, and the
 * question pointed at it. `change` gives the new content (from the current one, when a function).
 */
export async function createQuestionVersion(
  questionId: number,
  change: Partial<QuestionContent> | ((current: QuestionContent) => Partial<QuestionContent>) = {},
  at: Date = new Date(),
): Promise<{ version: number; versionId: number }> {
  const [row] = await rows(
    `SELECT v.version, v.stem, v.options, v.explanation, v.refs FROM questions q
      JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version WHERE q.id = ?`,
    [questionId],
  );
  if (row === undefined) throw new Error(`No question ${questionId} in the test database`);
  const current: QuestionContent = {
    stem: String(row.stem),
    options: JSON.parse(String(row.options)) as QuestionOption[],
    explanation: String(row.explanation),
    refs: JSON.parse(String(row.refs)) as QuestionReference[],
  };
  const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
  const version = Number(row.version) + 1;
  const [inserted] = await testDatabase().client.batch(
    [
      {
        sql: 'INSERT INTO question_versions (question_id, version, stem, options, explanation, refs, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
        args: [
          questionId,
          version,
          next.stem,
          JSON.stringify(next.options),
          next.explanation,
          JSON.stringify(next.refs),
          at.getTime(),
        ],
      },
      {
        sql: 'UPDATE questions SET current_version = ?, updated_at = ? WHERE id = ?',
        args: [version, at.getTime(), questionId],
      },
    ],
    'write',
  );
  return { version, versionId: Number(inserted!.rows[0]!.id) };
}

/** The active questions of an exam in id order, with their current version's key. */
export async function questionBank(examSlug: string): Promise<KeyedQuestion[]> {
  const found = await rows(
    `SELECT q.id, q.objective_id, v.id AS version_id, v.options
      FROM questions q JOIN exams e ON e.id = q.exam_id
      JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
      WHERE e.slug = ? AND q.is_active = 1 ORDER BY q.id`,
    [examSlug],
  );
  return found.map((row) => ({
    id: Number(row.id),
    objectiveId: Number(row.objective_id),
    versionId: Number(row.version_id),
    ...keyOf(JSON.parse(String(row.options)) as QuestionOption[]),
  }));
}
