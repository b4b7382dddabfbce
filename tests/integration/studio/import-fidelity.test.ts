import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runExport, runImport } from '@/database/questions/cli-commands';
import { commitImport, dryRunImport } from '@/server/studio/import';
import { listQuestions } from '@/server/studio/question-list';
import { rows, testDatabase } from '../../helpers/database';
import { createUser, examIdBySlug } from '../../helpers/factories';
import { ctx } from '../../helpers/context';
import { silent } from './helpers';

/**
 * The studio upload and the CLI read a file through the same decode + parse pipeline: a Windows-1252
 * GIFT file (Notepad's "ANSI") with titles and a Moodle category is read the same way by both, its
 * titles are stored, searchable and exported back as ::title::.
 */

const GIFT = `$CATEGORY: $course$/top/Test objective two

::Puerto seguro:: Según el protocolo, ¿qué puerto usa HTTPS? {
=443
~80
~%50%8443
}

::Dos claves:: ¿Cuáles? {=a =b ~c}
`;
const BYTES = iconv.encode(GIFT, 'windows-1252');

describe('import fidelity end to end', () => {
  it('the studio reads a Windows-1252 upload, maps the category, warns, skips, and stores the title', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const examId = await examIdBySlug('test-exam');
    const input = { examId, format: 'gift', file: new Uint8Array(BYTES), asDraft: true };

    const preview = await dryRunImport(moderator, input);
    expect(preview).toMatchObject({
      encoding: 'Windows-1252',
      delimiter: null,
      blocked: false,
      counts: { created: 1, skipped: 1, warned: 1 },
      categories: [{ category: '$course$/top/Test objective two', objectiveCode: '2' }],
      questions: [expect.objectContaining({ line: 3, title: 'Puerto seguro', objectiveCode: '2' })],
    });
    expect(preview.problems.map((p) => [p.line, p.severity])).toEqual([
      [6, 'warning'],
      [9, 'unsupported'],
    ]);
    // The skip says in GIFT terms what to change.
    expect(preview.problems[1]!.message).toMatch(/keep one =/);

    const done = await commitImport(moderator, input, ctx());
    expect(done.created).toBe(1);
    const [stored] = await rows(
      "SELECT q.title, v.stem FROM questions q JOIN question_versions v ON v.question_id = q.id WHERE q.title = 'Puerto seguro'",
    );
    expect(stored).toEqual({ title: 'Puerto seguro', stem: 'Según el protocolo, ¿qué puerto usa HTTPS?' });
    expect(JSON.stringify(await rows('SELECT stem FROM question_versions'))).not.toContain('\uFFFD');

    const found = await listQuestions(moderator, { exam: String(examId), q: 'puerto seguro' });
    expect(found.items.map((i) => i.title)).toEqual(['Puerto seguro']);

    const log = silent();
    const exported = await runExport(
      testDatabase().client,
      { command: 'export', exam: 'test-exam', format: 'gift', includeRetired: false },
      log.out,
    );
    expect(exported.text).toContain('::Puerto seguro::');
  });

  it('the CLI reads the same bytes the same way and says so', async () => {
    const log = silent();
    const code = await runImport(
      testDatabase().client,
      { command: 'import', exam: 'test-exam', format: 'gift', dryRun: true, draft: false, file: 'ansi.gift' },
      { bytes: BYTES },
      log.out,
      Date.now(),
    );
    expect(code, log.lines.join('\n')).toBe(0);
    expect(log.lines).toEqual(
      expect.arrayContaining([
        'ansi.gift: read as Windows-1252',
        'ansi.gift: category "$course$/top/Test objective two" → objective 2',
        expect.stringMatching(/^ansi\.gift:9: skipped: Question "Dos claves" has 2 answers marked =/),
        expect.stringMatching(/^ansi\.gift:6: warning: Answer weight 50% is not kept/),
        'line 3: single [2] Puerto seguro: Según el protocolo, ¿qué puerto usa HTTPS?',
      ]),
    );
  });

  it('refuses a file whose encoding is unsure, in the studio and the CLI alike', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const examId = await examIdBySlug('test-exam');
    const unsure = iconv.encode('Què és? {=Ça ~naïve}', 'windows-1252');
    const preview = await dryRunImport(moderator, { examId, format: 'gift', file: new Uint8Array(unsure) });
    expect(preview).toMatchObject({ blocked: true, encoding: null, counts: { created: 0 } });
    expect(preview.problems[0]!.message).toMatch(/Save it as UTF-8/);
    const log = silent();
    const code = await runImport(
      testDatabase().client,
      { command: 'import', exam: 'test-exam', format: 'gift', dryRun: true, draft: false, file: 'f.gift' },
      { bytes: unsure },
      log.out,
      Date.now(),
    );
    expect(code).toBe(1);
    expect(log.lines.join('\n')).toMatch(/f\.gift:1: error: The file is not UTF-8/);
  });
});
