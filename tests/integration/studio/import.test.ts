import { describe, expect, it } from 'vitest';
import { runExport, runImport } from '@/database/questions/cli-commands';
import { parseQuestionsArgs } from '@/database/questions/cli-args';
import { commitImport, dryRunImport } from '@/server/studio/import';
import { countRows, rows, testDatabase } from '../../helpers/database';
import { createUser, examIdBySlug } from '../../helpers/factories';
import { ctx } from '../../helpers/context';
import { silent } from './helpers';
import { studioFixture } from '../../helpers/fixtures';
import { auditActions } from '../../helpers/outbox';

const GOOD = `::one:: Which port does HTTPS use? {
=443
~80
~22
}

::two:: Which are block storage? {
~%50%EBS
~%50%Instance store
~%-100%S3
}
`;
const BAD = `${GOOD}
::three:: Which protocol is connectionless? {
~TCP
~SCTP
}
`;

describe('importing questions', () => {
  it('dry run lists what would be created and every problem with its line; a bad question imports nothing', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const examId = await examIdBySlug('test-exam');
    const [objective] = await rows('SELECT id FROM objectives WHERE exam_id = ? ORDER BY position LIMIT 1', [
      examId,
    ]);
    const input = { examId, objectiveId: Number(objective!.id), format: 'gift', source: BAD };
    const before = await countRows('questions');

    const preview = await dryRunImport(moderator, input);
    expect(preview.questions.map((q) => q.line)).toEqual([1, 7]);
    expect(preview.blocked).toBe(true);
    expect(preview.problems).toEqual([
      expect.objectContaining({
        line: 13,
        severity: 'error',
        message: expect.stringMatching(/no correct option/),
      }),
    ]);

    const refused = await commitImport(moderator, input, ctx());
    expect(refused.created).toBe(0);
    expect(await countRows('questions')).toBe(before);

    const done = await commitImport(moderator, { ...input, source: GOOD }, ctx());
    expect(done.created).toBe(2);
    expect(await countRows('questions')).toBe(before + 2);
    const imported = await rows(
      "SELECT q.type, v.options FROM questions q JOIN question_versions v ON v.question_id = q.id WHERE v.stem = 'Which are block storage?'",
    );
    expect(imported[0]!.type).toBe('multiple');
    expect(await auditActions()).toContain('studio.questions_imported');
  });

  it('resolves objective codes named in the file and reports unknown ones by line', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const examId = await examIdBySlug('test-exam');
    const aiken = 'What is 2 + 2?\nA) 3\nB) 4\nANSWER: B\n';
    const missing = await dryRunImport(moderator, { examId, format: 'aiken', source: aiken });
    expect(missing.problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/no objective/) });
    const json = JSON.stringify(
      {
        format: 'pingtopass-questions',
        version: 1,
        questions: [{ stem: 'Q?', options: [{ text: 'a', correct: true }, { text: 'b' }], objective: '9.9' }],
      },
      null,
      2,
    );
    const unknown = await dryRunImport(moderator, { examId, format: 'json', source: json });
    expect(unknown.problems[0]).toMatchObject({ line: 5, message: expect.stringMatching(/objective "9.9"/) });
  });

  it('reports unsupported question types instead of dropping them silently', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const examId = await examIdBySlug('test-exam');
    const [objective] = await rows('SELECT id FROM objectives WHERE exam_id = ? LIMIT 1', [examId]);
    const preview = await dryRunImport(moderator, {
      examId,
      objectiveId: Number(objective!.id),
      format: 'gift',
      source: `${GOOD}\n::essay:: Describe S3. {}\n`,
    });
    expect(preview.blocked).toBe(false);
    expect(preview.problems).toEqual([expect.objectContaining({ line: 13, severity: 'unsupported' })]);
  });

  it('CLI: export then import round-trips every format that carries the data; exit codes 0/1/2', async () => {
    const client = testDatabase().client;
    for (const format of ['json', 'csv', 'gift'] as const) {
      const exported = await runExport(
        client,
        { command: 'export', exam: 'quick-exam', format, includeRetired: false },
        silent().out,
      );
      expect(exported.code).toBe(0);
      const before = await rows(
        "SELECT v.stem, v.options, v.explanation, v.refs, q.type, q.difficulty, o.code FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version JOIN objectives o ON o.id = q.objective_id JOIN exams e ON e.id = q.exam_id WHERE e.slug = 'quick-exam' AND q.is_active = 1 ORDER BY q.id",
      );
      const maxId = Number((await rows('SELECT max(id) AS m FROM questions'))[0]!.m);
      const log = silent();
      const code = await runImport(
        client,
        { command: 'import', exam: 'quick-exam', format, dryRun: false, draft: false, file: `x.${format}` },
        exported.text!,
        log.out,
        Date.now(),
      );
      expect(code, log.lines.join('\n')).toBe(0);
      const after = await rows(
        'SELECT v.stem, v.options, v.explanation, v.refs, q.type, q.difficulty, o.code FROM questions q JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version JOIN objectives o ON o.id = q.objective_id WHERE q.id > ? ORDER BY q.id',
        [maxId],
      );
      expect(after, format).toEqual(before);
      await client.execute({ sql: 'DELETE FROM questions WHERE id > ?', args: [maxId] });
    }
    const log = silent();
    const bad = studioFixture('errors.gift');
    expect(
      await runImport(
        client,
        {
          command: 'import',
          exam: 'quick-exam',
          objective: '1',
          format: 'gift',
          dryRun: true,
          draft: false,
          file: 'errors.gift',
        },
        bad,
        log.out,
        Date.now(),
      ),
    ).toBe(1);
    expect(log.lines.some((l) => /^errors\.gift:\d+: error:/.test(l))).toBe(true);
    expect(
      await runImport(
        client,
        { command: 'import', exam: 'nope', format: 'gift', dryRun: true, draft: false, file: 'f' },
        '',
        silent().out,
        Date.now(),
      ),
    ).toBe(1);
    expect(parseQuestionsArgs(['import', '--exam', 'x', '--format', 'pdf', 'f']).ok).toBe(false);
    expect(parseQuestionsArgs(['export', '--exam', 'x', '--format', 'gift', '--out', 'o.txt'])).toMatchObject(
      { ok: true },
    );
  });
});
