import { describe, expect, it } from 'vitest';
import { fullScans, hotQueries } from '../../../bench/progress-plans';
import { testDatabase } from '../../helpers/database';

// The dashboard and the review queue must stay fast for a learner with 50,000 answers among a
// million: none of their queries may scan a table that grows with answers (bench/progress.bench.ts
// measures them on such data). SQLite plans without statistics here just as in production.
describe('query plans of the progress and review hot paths', () => {
  it('recognises a full scan when it sees one', () => {
    const plan = [
      'CO-ROUTINE d',
      'SCAN 2 CONSTANT ROWS',
      'SCAN d',
      'SCAN review_logs',
      'SCAN c USING INDEX review_cards_question_idx',
      'SEARCH l USING INDEX i (user_id=?)',
      'SCAN CONSTANT ROW',
    ];
    expect(fullScans(plan)).toEqual(['SCAN review_logs', 'SCAN c USING INDEX review_cards_question_idx']);
  });

  for (const query of hotQueries('some-user', Date.UTC(2026, 10, 20, 12))) {
    it(`${query.name}: every growing table is searched through an index`, async () => {
      const { rows } = await testDatabase().client.execute({
        sql: `EXPLAIN QUERY PLAN ${query.sql}`,
        args: query.args,
      });
      const lines = rows.map((row) => String(row.detail));
      expect(lines.length).toBeGreaterThan(0);
      expect(fullScans(lines), lines.join('\n')).toEqual([]);
    });
  }

  it('reads due cards in due order straight from the index (no sorting step)', async () => {
    const [queue] = hotQueries('some-user', Date.UTC(2026, 10, 20, 12)).filter(
      (q) => q.name === 'review: queue',
    );
    const { rows } = await testDatabase().client.execute({
      sql: `EXPLAIN QUERY PLAN ${queue!.sql}`,
      args: queue!.args,
    });
    const lines = rows.map((row) => String(row.detail));
    expect(
      lines.some((l) =>
        l.includes('review_cards_user_suspended_due_idx (user_id=? AND suspended=? AND due<?)'),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.includes('TEMP B-TREE'))).toBe(false);
  });
});
