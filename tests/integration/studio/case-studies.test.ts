import { describe, expect, it } from 'vitest';
import { GET as publishedImage } from '@/app/api/media/[hash]/route';
import { seededRandom } from '@/lib/exam/random';
import { AuthorizationError } from '@/lib/auth/guards';
import { getAttemptResult, getRunnerView } from '@/server/attempts/queries';
import { invalidateQuestionPool } from '@/server/attempts/pool';
import { startMockExam, startPractice } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { storeMedia } from '@/server/media/store';
import {
  caseStudyIdOf,
  createCaseStudy,
  getCaseStudy,
  listCaseStudies,
  setQuestionCase,
  updateCaseStudy,
} from '@/server/studio/case-studies';
import { ctx } from '../../helpers/context';
import { rows } from '../../helpers/database';
import { createExam, createQuestion, createUser } from '../../helpers/factories';
import { pngBytes } from '../../helpers/images';
import { auditActions } from '../../helpers/outbox';
import { T0 } from '../../helpers/time';

const SCENARIO = 'A company runs **six** servers in one data centre and wants to move them.';

describe('case studies in the studio', () => {
  it('creates, edits and fills a case study, each change audited', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam();
    const input = { title: 'Contoso moves', scenario: SCENARIO, status: 'draft' };
    const id = await createCaseStudy(moderator, exam.id, input, ctx());
    expect(await listCaseStudies(moderator, exam.id)).toMatchObject([
      { id, title: 'Contoso moves', questions: 0 },
    ]);

    await updateCaseStudy(moderator, id, { ...input, title: 'Contoso migrates', status: 'published' }, ctx());
    const question = await createQuestion({ examId: exam.id });
    await setQuestionCase(moderator, { questionId: String(question.id), caseStudyId: String(id) }, ctx());
    const detail = await getCaseStudy(moderator, id);
    expect(detail).toMatchObject({ title: 'Contoso migrates', status: 'published', scenario: SCENARIO });
    expect(detail.members.map((m) => m.id)).toEqual([question.id]);
    expect(await caseStudyIdOf(moderator, question.id)).toBe(id);

    // Taking it out leaves a standalone question; no new version is written either way.
    await setQuestionCase(moderator, { questionId: question.id, caseStudyId: '' }, ctx());
    expect(await caseStudyIdOf(moderator, question.id)).toBeNull();
    const [version] = await rows('SELECT current_version FROM questions WHERE id = ?', [question.id]);
    expect(version?.current_version).toBe(1);

    expect(await auditActions(String(exam.id))).toContain('studio.case_study_created');
    expect(await auditActions(String(id))).toEqual(['studio.case_study_updated']);
    expect(await auditActions(String(question.id))).toEqual([
      'studio.question_case_changed',
      'studio.question_case_changed',
    ]);
    const [details] = await rows(
      "SELECT details FROM audit_log WHERE action = 'studio.case_study_updated' AND target_id = ?",
      [String(id)],
    );
    expect(JSON.parse(String(details?.details))).toEqual({
      from: { title: 'Contoso moves', status: 'draft' },
      to: { title: 'Contoso migrates', status: 'published' },
    });
  });

  it('refuses bad input, questions of another exam, and learners', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam();
    await expect(
      createCaseStudy(moderator, exam.id, { title: 'x', scenario: 'short', status: 'live' }, ctx()),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { title: expect.any(String), scenario: expect.any(String), status: expect.any(String) },
    });
    const id = await createCaseStudy(
      moderator,
      exam.id,
      { title: 'Case', scenario: SCENARIO, status: 'draft' },
      ctx(),
    );
    const elsewhere = await createQuestion();
    await expect(
      setQuestionCase(moderator, { questionId: elsewhere.id, caseStudyId: id }, ctx()),
    ).rejects.toMatchObject({ code: 'invalid_input', fieldErrors: { questionId: expect.any(String) } });
    await expect(getCaseStudy(moderator, 999_999)).rejects.toMatchObject({ code: 'not_found' });
    const learner = await createUser();
    await expect(listCaseStudies(learner, exam.id)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(
      createCaseStudy(learner, exam.id, { title: 'Case', scenario: SCENARIO, status: 'draft' }, ctx()),
    ).rejects.toBeInstanceOf(AuthorizationError);
  });
});

describe('case studies in attempts', () => {
  it('a mock draws the seeded case as one contiguous section, with its scenario in the runner and result', async () => {
    for (let seed = 1; seed <= 5; seed += 1) {
      const learner = await createUser();
      const started = await startMockExam(learner, { examSlug: 'case-exam' }, T0, seededRandom(seed));
      const lookup = await getRunnerView(learner, started.id, T0);
      if (lookup.state !== 'open') throw new Error('expected an open attempt');
      const { view } = lookup;
      expect(view.questions).toHaveLength(5);
      expect(view.caseStudies).toHaveLength(1);
      const section = view.caseStudies[0]!;
      expect(section).toMatchObject({
        title: 'Test case study',
        scenario: expect.stringContaining('Fact 1'),
        exhibits: [expect.objectContaining({ kind: 'table', title: 'Case facts' })],
      });
      const first = section.positions[0]!;
      expect(section.positions).toEqual([first, first + 1, first + 2]);
      const inCase = view.questions.filter((q) => q.caseStudyId === section.id).map((q) => q.stem);
      expect(inCase).toEqual([1, 2, 3].map((n) => expect.stringContaining(`Case question ${n}`)));
    }
  });

  it('a draft case keeps its questions out of every draw; the result lists the case', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam({ questionCount: 4 });
    const [objective] = await rows('SELECT id, code FROM objectives WHERE exam_id = ?', [exam.id]);
    const objectiveId = objective!.id as number;
    const standalone = await Promise.all([1, 2].map(() => createQuestion({ examId: exam.id, objectiveId })));
    const cased = await Promise.all([1, 2].map(() => createQuestion({ examId: exam.id, objectiveId })));
    const id = await createCaseStudy(
      moderator,
      exam.id,
      { title: 'Case', scenario: SCENARIO, status: 'draft' },
      ctx(),
    );
    for (const q of cased) await setQuestionCase(moderator, { questionId: q.id, caseStudyId: id }, ctx());
    const slug = (await rows('SELECT slug FROM exams WHERE id = ?', [exam.id]))[0]!.slug as string;

    const learner = await createUser();
    const practice = await startPractice(
      learner,
      { examSlug: slug, objectives: [String(objective!.code)], count: 4, filter: 'all', timed: false },
      T0,
      seededRandom(2),
    );
    const mock = await startMockExam(learner, { examSlug: slug }, T0, seededRandom(3));
    const drawn = await rows(
      'SELECT question_id, case_study_id FROM session_questions WHERE session_id = ?',
      [mock.id],
    );
    expect(drawn.map((r) => r.question_id).sort()).toEqual(standalone.map((q) => q.id).sort());
    expect(practice.questionCount).toBe(2);

    await updateCaseStudy(moderator, id, { title: 'Case', scenario: SCENARIO, status: 'published' }, ctx());
    invalidateQuestionPool(exam.id);
    const other = await createUser();
    const second = await startMockExam(other, { examSlug: slug }, T0, seededRandom(4));
    const pinned = await rows(
      'SELECT case_study_id FROM session_questions WHERE session_id = ? ORDER BY position',
      [second.id],
    );
    expect(pinned.filter((r) => r.case_study_id === id)).toHaveLength(2);
    await submitAttempt(other, second.id, T0);
    const result = await getAttemptResult(other, second.id, T0);
    if (result.state !== 'closed') throw new Error('expected a result');
    expect(result.result.caseStudies).toMatchObject([{ id, title: 'Case' }]);
    expect(result.result.items.filter((i) => i.caseStudyId === id)).toHaveLength(2);
  });
});

const TABLE = { kind: 'table', title: 'Servers', header: ['Name', 'Role'], rows: [['web1', 'web']] };
const image = (hash: string) => ({
  kind: 'image',
  title: 'Floor plan',
  alt: 'Two racks',
  hash,
  mime: 'image/gif',
});
const fetchImage = (hash: string) =>
  publishedImage(new Request(`http://app.test/api/media/${hash}`), { params: Promise.resolve({ hash }) });

describe('case study exhibits', () => {
  it('saves exhibits sent as the form sends them, audits the change and shows them in the runner', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam({ questionCount: 2 });
    const stored = await storeMedia(moderator, pngBytes(40, 30, 128, 201), ctx());
    const fields = { title: 'Case', scenario: SCENARIO, status: 'draft' };
    const id = await createCaseStudy(moderator, exam.id, fields, ctx());
    // The form's hidden field holds the list as JSON text; the stored type comes from the upload.
    const exhibits = JSON.stringify([TABLE, image(stored.hash)]);
    await updateCaseStudy(moderator, id, { ...fields, status: 'published', exhibits }, ctx());
    const detail = await getCaseStudy(moderator, id);
    expect(detail.exhibits).toEqual([
      TABLE,
      { ...image(stored.hash), mime: 'image/png', width: 40, height: 30 },
    ]);
    const [audit] = await rows(
      "SELECT details FROM audit_log WHERE action = 'studio.case_study_updated' AND target_id = ?",
      [String(id)],
    );
    const details = JSON.parse(String(audit?.details));
    expect(details.from.exhibits).toBe('(none)');
    expect(details.to.exhibits).toMatch(/^Table “Servers” \(2×1\); Image “Floor plan”/);

    const [objective] = await rows('SELECT id FROM objectives WHERE exam_id = ?', [exam.id]);
    const questions = await Promise.all(
      [1, 2].map(() => createQuestion({ examId: exam.id, objectiveId: objective!.id as number })),
    );
    for (const q of questions) await setQuestionCase(moderator, { questionId: q.id, caseStudyId: id }, ctx());
    const slug = (await rows('SELECT slug FROM exams WHERE id = ?', [exam.id]))[0]!.slug as string;
    const learner = await createUser();
    const mock = await startMockExam(learner, { examSlug: slug }, T0, seededRandom(5));
    const lookup = await getRunnerView(learner, mock.id, T0);
    if (lookup.state !== 'open') throw new Error('expected an open attempt');
    expect(lookup.view.caseStudies).toMatchObject([{ id, exhibits: detail.exhibits }]);
  });

  it('refuses a bad exhibit with a clear error and writes nothing', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam();
    const fields = { title: 'Case', scenario: SCENARIO, status: 'draft' };
    const id = await createCaseStudy(moderator, exam.id, fields, ctx());
    const save = (exhibits: unknown) => updateCaseStudy(moderator, id, { ...fields, exhibits }, ctx());
    await expect(save([{ ...TABLE, title: ' ' }])).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { 'exhibits.0.title': 'Give the exhibit a title.' },
    });
    await expect(save([TABLE, image('f'.repeat(64))])).rejects.toMatchObject({
      code: 'invalid_input',
      fieldErrors: { 'exhibits.1.hash': 'This image is not stored; upload it again.' },
    });
    await expect(save('not json')).rejects.toMatchObject({ code: 'invalid_input' });
    const [row] = await rows('SELECT exhibits FROM case_studies WHERE id = ?', [id]);
    expect(row?.exhibits).toBe('[]');
    expect(await auditActions(String(id))).not.toContain('studio.case_study_updated');
  });

  it('serves a case image publicly only while its case is not a draft', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam();
    const stored = await storeMedia(moderator, pngBytes(20, 10, 128, 202), ctx());
    const fields = { title: 'Case', scenario: SCENARIO, exhibits: [image(stored.hash)] };
    const id = await createCaseStudy(moderator, exam.id, { ...fields, status: 'draft' }, ctx());
    expect((await fetchImage(stored.hash)).status).toBe(404);
    await updateCaseStudy(moderator, id, { ...fields, status: 'published' }, ctx());
    const served = await fetchImage(stored.hash);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    await updateCaseStudy(moderator, id, { ...fields, status: 'draft' }, ctx());
    expect((await fetchImage(stored.hash)).status).toBe(404);
  });
});
