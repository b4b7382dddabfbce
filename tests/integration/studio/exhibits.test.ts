import { describe, expect, it } from 'vitest';
import { GET as publishedImage } from '@/app/api/media/[hash]/route';
import { GET as studioImage } from '@/app/api/studio/media/[hash]/route';
import { loadExportQuestions } from '@/database/questions/export';
import { MAX_MEDIA_BYTES } from '@/lib/media/sniff';
import { exportQuestionFile } from '@/lib/studio/formats';
import { guardOf } from '@/server/entry/guard';
import { readMedia } from '@/server/media/read';
import { storeMedia } from '@/server/media/store';
import { startMockExam } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { getEditorQuestion, listVersions } from '@/server/studio/question-reads';
import { saveQuestion, setQuestionStatus } from '@/server/studio/questions';
import { ctx } from '../../helpers/context';
import { rows, testDatabase } from '../../helpers/database';
import { createExam, createUser } from '../../helpers/factories';
import { dataUrl, pngBytes } from '../../helpers/images';
import { importIntoNewExam } from '../../helpers/studio-import';
import { at, minutes, T0 } from '../../helpers/time';
import { attemptResult, runnerView } from '../attempts/helpers';

let fill = 0;
/** A PNG no other test stored (the fill byte changes its hash). */
const freshPng = (width = 40, height = 30) => pngBytes(width, height, 128, ++fill);

const get = (route: typeof publishedImage, hash: string) =>
  route(new Request(`http://app.test/api/media/${hash}`), { params: Promise.resolve({ hash }) });

const content = (objectiveId: number, exhibits: unknown[]) => ({
  objectiveId,
  type: 'single',
  difficulty: 2,
  stem: 'Refer to the exhibits. Which route wins?',
  options: [
    { id: 'a', text: 'The /28', correct: true },
    { id: 'b', text: 'The /24', correct: false },
  ],
  explanation: 'Longest prefix.',
  references: [],
  exhibits,
});

const TABLE = {
  kind: 'table',
  title: 'Routes',
  header: ['Prefix', 'Next hop'],
  rows: [['10.0.0.0/24', 'r1']],
};
const CODE = { kind: 'code', title: 'Router log', language: 'log', text: '%LINK-3-UPDOWN: Gi0/1 down' };

async function imageExhibit(moderator: Awaited<ReturnType<typeof createUser>>, bytes = freshPng()) {
  const stored = await storeMedia(moderator, bytes, ctx());
  return {
    kind: 'image',
    title: 'Topology',
    alt: 'Two routers joined by one link',
    hash: stored.hash,
    mime: 'image/gif',
  };
}

describe('exhibit images', () => {
  it('stores an upload once by its hash, with the type and size read from its bytes', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const bytes = freshPng(320, 200);
    const first = await storeMedia(moderator, bytes, ctx());
    const again = await storeMedia(moderator, bytes, ctx());
    expect(again).toEqual(first);
    expect(first).toMatchObject({ mime: 'image/png', width: 320, height: 200, byteSize: 128 });
    const stored = await rows('SELECT mime, byte_size, uploaded_by FROM media WHERE hash = ?', [first.hash]);
    expect(stored).toEqual([{ mime: 'image/png', byte_size: 128, uploaded_by: moderator.id }]);
  });

  it('refuses learners, other types and files over 2 MB, storing nothing', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const learner = await createUser();
    const [{ n: before }] = (await rows('SELECT count(*) AS n FROM media')) as [{ n: number }];
    await expect(storeMedia(learner, freshPng(), ctx())).rejects.toMatchObject({ code: 'forbidden' });
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    await expect(storeMedia(moderator, svg, ctx())).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'Only PNG, JPEG, WebP and GIF images can be uploaded (not SVG).',
    });
    await expect(storeMedia(moderator, pngBytes(1, 1, MAX_MEDIA_BYTES + 1), ctx())).rejects.toMatchObject({
      code: 'too_large',
    });
    const [{ n: after }] = (await rows('SELECT count(*) AS n FROM media')) as [{ n: number }];
    expect(after).toBe(before);
  });

  it('serves a draft question’s image to moderators only, and a published one to anyone, with safe headers', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam();
    const image = await imageExhibit(moderator);
    const saved = await saveQuestion(
      moderator,
      { examId: exam.id, asDraft: true, content: content(exam.objectiveIds[0]!, [image]) },
      ctx(),
    );
    expect((await get(publishedImage, image.hash)).status).toBe(404);
    // The studio's route reads the session (over HTTP: tests/production's registry and the e2e spec).
    expect(guardOf(studioImage)).toEqual({ name: 'media.studio', access: 'moderator' });
    expect(await readMedia(image.hash, 'any')).not.toBeNull();

    await setQuestionStatus(moderator, saved.id, 'active', ctx());
    const response = await get(publishedImage, image.hash);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(
      await readMedia(image.hash, 'any').then((m) => m!.bytes),
    );
    expect((await get(publishedImage, 'f'.repeat(64))).status).toBe(404);
    expect((await get(publishedImage, '../etc/passwd')).status).toBe(404);
  });

  it('saves exhibits on the version (type and size from the stored image), diffs them and refuses an unknown image', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam();
    const objectiveId = exam.objectiveIds[0]!;
    const image = await imageExhibit(moderator);
    const { id } = await saveQuestion(
      moderator,
      { examId: exam.id, content: content(objectiveId, [TABLE]) },
      ctx(),
    );
    await saveQuestion(
      moderator,
      {
        questionId: id,
        examId: exam.id,
        baseVersion: 1,
        content: content(objectiveId, [image, TABLE, CODE]),
      },
      ctx(),
    );
    const question = await getEditorQuestion(moderator, id);
    expect(question.content.exhibits[0]).toEqual({ ...image, mime: 'image/png', width: 40, height: 30 });
    expect(question.content.exhibits.slice(1)).toEqual([TABLE, CODE]);
    const [latest] = await listVersions(moderator, id);
    expect(latest!.changes).toContainEqual(expect.objectContaining({ kind: 'exhibits' }));
    const [audit] = await rows(
      `SELECT details FROM audit_log WHERE action = 'studio.question_edited' AND target_id = ?`,
      [String(id)],
    );
    expect(JSON.parse(String(audit!.details)).changed).toContain('exhibits');

    const unknown = { ...image, hash: 'e'.repeat(64) };
    await expect(
      saveQuestion(
        moderator,
        { questionId: id, examId: exam.id, baseVersion: 2, content: content(objectiveId, [unknown]) },
        ctx(),
      ),
    ).rejects.toMatchObject({
      fieldErrors: { 'exhibits.0.hash': 'This image is not stored; upload it again.' },
    });
  });

  it('goes through a JSON export and import whole: image, table and code', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const source = await createExam();
    const bytes = freshPng(64, 48);
    const image = await imageExhibit(moderator, bytes);
    await saveQuestion(
      moderator,
      { examId: source.id, content: content(source.objectiveIds[0]!, [image, TABLE, CODE]) },
      ctx(),
    );

    const exported = exportQuestionFile('json', await loadExportQuestions(testDatabase().client, source.id));
    expect(exported.problems).toEqual([]);
    const document = JSON.parse(exported.text) as { questions: { exhibits: Record<string, unknown>[] }[] };
    expect(document.questions[0]!.exhibits[0]).toEqual({
      kind: 'image',
      title: 'Topology',
      alt: 'Two routers joined by one link',
      data: dataUrl('image/png', bytes),
    });

    // The import stores the image again under the same hash: the existing row is kept.
    await testDatabase().client.execute({ sql: 'DELETE FROM media_uses WHERE hash = ?', args: [image.hash] });
    await testDatabase().client.execute({ sql: 'DELETE FROM media WHERE hash = ?', args: [image.hash] });
    const { target, done } = await importIntoNewExam(moderator, 'json', exported.text);
    expect(done.created).toBe(1);
    const [back] = await loadExportQuestions(testDatabase().client, target.id);
    expect(back!.exhibits).toEqual(document.questions[0]!.exhibits);
    const [stored] = await rows('SELECT mime, width, height FROM media WHERE hash = ?', [image.hash]);
    expect(stored).toEqual({ mime: 'image/png', width: 64, height: 48 });
    expect((await get(publishedImage, image.hash)).status).toBe(200);
  });

  it('an attempt shows the exhibits of the version it pinned, in the runner and the result', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const learner = await createUser();
    const exam = await createExam({ questionCount: 1 });
    const objectiveId = exam.objectiveIds[0]!;
    const { id: questionId } = await saveQuestion(
      moderator,
      { examId: exam.id, content: content(objectiveId, [TABLE, CODE]) },
      ctx(),
    );
    const { id } = await startMockExam(learner, { examSlug: exam.slug }, T0);
    // An edit after the start drops the exhibits: the attempt keeps showing what it was shown.
    await saveQuestion(
      moderator,
      { questionId, examId: exam.id, baseVersion: 1, content: content(objectiveId, []) },
      ctx(),
    );
    const view = await runnerView(learner, id, at(minutes(1)));
    expect(view.questions[0]!.exhibits).toEqual([TABLE, CODE]);
    await submitAttempt(learner, id, at(minutes(2)));
    const result = await attemptResult(learner, id, at(minutes(3)));
    expect(result.items[0]!.exhibits).toEqual([TABLE, CODE]);
  });
});
