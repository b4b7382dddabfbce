/**
 * npx tsx bench/progress.bench.ts [--iterations 300] [--fresh]
 *
 * The figures of issue 6, measured through the real services (server/progress, server/review)
 * on 10,000 learners and 1,000,000 answers (bench/progress-data.ts, built on first use and
 * copied fresh for each run), for the heavy learner with 50,000 answers:
 *   - the dashboard's queries, all of them (getDashboard)      target p50 <= 15 ms
 *   - today's due cards (getReviewQueue, 10 cards + count)    target p50 <= 5 ms
 *   - recording one review (recordReview: read + one batch)    target p50 <= 2 ms
 * plus the same dashboard for a typical learner (~95 answers), and the EXPLAIN QUERY PLAN of
 * every hot query. Prints p50/p99; never fails on time.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { allowServerOnlyImports, pointAppAtDatabase, numberOption } from './lib/harness';
import { measure } from './lib/measure';
import { recordFigure } from './lib/results';
import { removeDatabaseFiles } from './lib/generated-database';
import { workingCopy } from './lib/working-copy';
import { defaultProgressDataFile, generateProgressData, HEAVY_LEARNER_ID } from './progress-data';

allowServerOnlyImports();

const ITERATIONS = numberOption('iterations', 300);
const SHAPE = { learners: 10_000, answers: 1_000_000, heavy: 50_000, seed: 6 };
const DATA = '10,000 learners, 1,000,000 answers; heavy learner 50,000';
const NOW = new Date(Date.UTC(2026, 10, 20, 12));
const TZ = 'Europe/Paris';

async function main() {
  const source = defaultProgressDataFile(SHAPE);
  if (!existsSync(source) || process.argv.includes('--fresh')) {
    console.log(`Generating the data set (${DATA})…`);
    const done = await generateProgressData({ ...SHAPE, out: source, now: NOW.getTime() });
    console.log(`  ${done.out}: ${done.cards.toLocaleString('en-US')} cards in ${done.seconds} s`);
  }
  const work = path.join(path.dirname(source), `progress-run-${process.pid}.db`);
  await workingCopy(source, work);
  pointAppAtDatabase(work);

  const { closeDatabases, getDatabase } = await import('../database/client');
  const { getDashboard } = await import('../server/progress/dashboard');
  const { getReviewQueue } = await import('../server/review/queue');
  const { recordReview } = await import('../server/review/record-review');
  const { fullScans, hotQueries } = await import('./progress-plans');
  const { client } = getDatabase('test');

  try {
    const heavy = {
      id: HEAVY_LEARNER_ID,
      email: 'heavy@bench.local',
      name: 'Heavy Learner',
      role: 'learner' as const,
    };
    const typicalRow = (await client.execute("SELECT id FROM users WHERE email = 'learner-5000@bench.local'"))
      .rows[0]!;
    const typical = {
      id: String(typicalRow.id),
      email: 'learner-5000@bench.local',
      name: 'Typical',
      role: 'learner' as const,
    };

    console.log('\nEXPLAIN QUERY PLAN of the hot queries (heavy learner):');
    for (const query of hotQueries(HEAVY_LEARNER_ID, NOW.getTime())) {
      const { rows } = await client.execute({ sql: `EXPLAIN QUERY PLAN ${query.sql}`, args: query.args });
      const lines = rows.map((r) => String(r.detail));
      console.log(
        `  ${query.name}${fullScans(lines).length > 0 ? '   !!! FULL SCAN OF A GROWING TABLE' : ''}`,
      );
      for (const line of lines) console.log(`      ${line}`);
    }

    const view = await getDashboard(heavy, { tz: TZ }, NOW);
    console.log(
      `\nHeavy learner: ${view.exams.length} exams, ${view.exams.reduce((s, e) => s + e.answered, 0).toLocaleString('en-US')} answers counted, ` +
        `${view.dueToday} due today, streak ${view.streak.days} days, readiness ${view.exams.map((e) => Math.round(e.readiness.predicted)).join(' / ')}%`,
    );

    const dashboard = await measure(() => getDashboard(heavy, { tz: TZ }, NOW), ITERATIONS);
    recordFigure({
      name: 'dashboard: all queries for one learner (50,000 answers)',
      issue: 6,
      unit: 'ms',
      timing: dashboard,
      target: 'p50 <= 15 ms',
      dataSize: DATA,
    });
    const typicalDashboard = await measure(() => getDashboard(typical, { tz: TZ }, NOW), ITERATIONS);
    recordFigure({
      name: 'dashboard: all queries for a typical learner (~95 answers)',
      issue: 6,
      unit: 'ms',
      timing: typicalDashboard,
      dataSize: DATA,
    });
    const queue = await measure(() => getReviewQueue(heavy, { tz: TZ, limit: 10 }, NOW), ITERATIONS);
    recordFigure({
      name: "review: today's due cards (10 + due count)",
      issue: 6,
      unit: 'ms',
      timing: queue,
      target: 'p50 <= 5 ms',
      dataSize: DATA,
    });

    // One review per due card, across learners (each is a different card, as in real use).
    const { rows: due } = await client.execute({
      sql: `SELECT c.id, c.user_id, c.reps, q.current_version, v.id AS version_id FROM review_cards c
        JOIN questions q ON q.id = c.question_id JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
        WHERE c.suspended = 0 AND c.due < ? ORDER BY c.id LIMIT ?`,
      args: [NOW.getTime() + 86_400_000, ITERATIONS + 20],
    });
    console.log(`Recording ${due.length} reviews of due cards…`);
    let next = 0;
    const record = await measure(
      async () => {
        const i = next++;
        const row = due[i % due.length]!;
        const user = {
          id: String(row.user_id),
          email: 'x@bench.local',
          name: null,
          role: 'learner' as const,
        };
        const outcome = await recordReview(
          user,
          {
            cardId: Number(row.id),
            presentationId: randomUUID(),
            seenReps: Number(row.reps),
            versionId: Number(row.version_id),
            selected: [i % 3 === 0 ? 'a' : 'b'],
            rating: i % 3 === 0 ? 'good' : 'again',
            timeSpentMs: 20_000,
          },
          NOW,
        );
        if (outcome.status !== 'recorded') throw new Error(`review ${i} was ${outcome.status}`);
      },
      Math.max(1, due.length - 20),
      Math.min(20, due.length),
    );
    recordFigure({
      name: 'review: record one review (read + atomic batch)',
      issue: 6,
      unit: 'ms',
      timing: record,
      target: 'p50 <= 2 ms',
      dataSize: DATA,
    });
  } finally {
    closeDatabases();
    removeDatabaseFiles(work);
  }
}

await main();
