/**
 * npx tsx bench/studio.bench.ts   (under `npm run bench`, BENCH_DB names the generated database)
 *
 * The question bank studio figures of issue 5, through the real services (server/studio) on a copy
 * of the 100,000-question benchmark database (bench/data/generate.ts) migrated to the latest schema:
 *   - full-text search (FTS5) of a selective and of a common term, first page    target p50 <= 20 ms
 *   - a filtered list page of 50 (exam + difficulty + type; exam + objective + active) target p50 <= 10 ms
 *   - importing 1,000 GIFT questions (parse, plan, one batch)                    target <= 2 s
 *   - item statistics + reliability of an exam (and storing them)                target <= 200 ms for 10,000 answers
 * Prints p50/p99; never fails on time.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allowServerOnlyImports, pointAppAtDatabase } from './lib/harness';
import { measure } from './lib/measure';
import { recordFigure } from './lib/results';
import { removeDatabaseFiles } from './lib/generated-database';
import { workingCopy } from './lib/working-copy';

allowServerOnlyImports();

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE = process.env.BENCH_DB ?? path.join(ROOT, 'data/bench.db');
const DATA = '100,000 questions, 20 exams, 1M answers';

function gift(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `::bench-${i}:: Which option of imported question ${i} is right? {\n=Right answer ${i}\n~Wrong answer one ${i}\n~Wrong answer two ${i}\n~Wrong answer three ${i}\n####Because the first one is right.\n}\n`,
  ).join('\n');
}

async function main() {
  if (!existsSync(SOURCE))
    throw new Error(`No benchmark database at ${SOURCE}: run npm run bench:data first.`);
  const work = path.join(os.tmpdir(), `studio-bench-${process.pid}.db`);
  await workingCopy(SOURCE, work);
  pointAppAtDatabase(work);

  const { closeDatabases, getDatabase } = await import('../database/client');
  const { listQuestions } = await import('../server/studio/question-list');
  const { commitImport } = await import('../server/studio/import');
  const { buildExamStatistics, computeExamStatistics, loadExamResponses } =
    await import('../server/studio/statistics');
  const { client } = getDatabase('test');
  const moderator = { id: 'bench-moderator', email: 'm@bench', name: 'Bench', role: 'moderator' as const };
  await client.execute({
    sql: "INSERT INTO users (id, email, role, created_at, updated_at) VALUES (?, ?, 'moderator', 0, 0)",
    args: [moderator.id, moderator.email],
  });
  const exam = (
    await client.execute(
      'SELECT exam_id AS id, count(*) AS n FROM questions GROUP BY exam_id ORDER BY n DESC LIMIT 1',
    )
  ).rows[0]!;
  const examId = Number(exam.id);
  const objective = Number(
    (await client.execute({ sql: 'SELECT id FROM objectives WHERE exam_id = ? LIMIT 1', args: [examId] }))
      .rows[0]!.id,
  );
  const ctx = () => ({ ip: null, now: Date.now() });

  recordFigure({
    name: 'studio: full-text search, selective term, page of 50',
    issue: 5,
    unit: 'ms',
    timing: await measure((i) => listQuestions(moderator, { q: String(1000 + ((i * 7919) % 98000)) }), 500),
    target: 'p50 <= 20 ms',
    dataSize: DATA,
  });
  recordFigure({
    name: 'studio: full-text search, term in every question, page of 50',
    issue: 5,
    unit: 'ms',
    timing: await measure(() => listQuestions(moderator, { q: 'generated explanation' }), 200),
    target: 'p50 <= 20 ms',
    dataSize: DATA,
  });
  recordFigure({
    name: 'studio: full-text search + exam + difficulty filter',
    issue: 5,
    unit: 'ms',
    timing: await measure(
      () => listQuestions(moderator, { q: 'generated', exam: examId, difficulty: 3 }),
      200,
    ),
    target: 'p50 <= 20 ms',
    dataSize: DATA,
  });
  recordFigure({
    name: 'studio: filtered page of 50 (exam + difficulty + type, newest)',
    issue: 5,
    unit: 'ms',
    timing: await measure(
      (i) =>
        listQuestions(moderator, {
          exam: examId,
          difficulty: 1 + (i % 3),
          type: i % 2 ? 'single' : 'multiple',
        }),
      500,
    ),
    target: 'p50 <= 10 ms',
    dataSize: DATA,
  });
  recordFigure({
    name: 'studio: filtered page of 50 (exam + objective + active, recently edited)',
    issue: 5,
    unit: 'ms',
    timing: await measure(
      () => listQuestions(moderator, { exam: examId, objective, status: 'active', sort: 'updated' }),
      500,
    ),
    target: 'p50 <= 10 ms',
    dataSize: DATA,
  });
  const firstPage = await listQuestions(moderator, { exam: examId });
  recordFigure({
    name: 'studio: second page via keyset cursor',
    issue: 5,
    unit: 'ms',
    timing: await measure(
      () => listQuestions(moderator, { exam: examId, cursor: firstPage.nextCursor ?? undefined }),
      500,
    ),
    target: 'p50 <= 10 ms',
    dataSize: DATA,
  });

  const source = gift(1000);
  const importTiming = await measure(
    () => commitImport(moderator, { examId, objectiveId: objective, format: 'gift', source }, ctx()),
    5,
    1,
  );
  recordFigure({
    name: 'studio: import 1,000 GIFT questions (parse + plan + one batch)',
    issue: 5,
    unit: 'ms',
    timing: importTiming,
    target: '<= 2000 ms',
    dataSize: DATA,
  });

  const { answers } = await loadExamResponses(examId);
  recordFigure({
    name: `studio: exam statistics + reliability, read + compute (${answers.toLocaleString('en-US')} first-attempt answers, 5,000-question exam)`,
    issue: 5,
    unit: 'ms',
    timing: await measure(() => buildExamStatistics(moderator, examId), 20, 2),
    target: '<= 200 ms for 10,000 answers',
    dataSize: DATA,
  });
  recordFigure({
    name: `studio: exam statistics + reliability, compute and store (${answers.toLocaleString('en-US')} first-attempt answers)`,
    issue: 5,
    unit: 'ms',
    timing: await measure(() => computeExamStatistics(moderator, examId, ctx()), 20, 2),
    target: '<= 200 ms for 10,000 answers',
    dataSize: DATA,
  });

  closeDatabases();
  removeDatabaseFiles(work);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
