import { describe, expect, it } from 'vitest';
import { listPublishedExams } from '@/server/catalog/queries';
import { AuthorizationError, type SessionUser } from '@/lib/auth/guards';
import { listStudioAudit } from '@/server/studio/audit-log';
import { createExam, getStudioExam, listStudioExams, setExamStatus } from '@/server/studio/exams';
import { createObjective, updateObjective } from '@/server/studio/objectives';
import { dryRunImport } from '@/server/studio/import';
import { listQuestions } from '@/server/studio/question-list';
import { getEditorQuestion, listVersions } from '@/server/studio/question-reads';
import { saveQuestion, setQuestionStatus } from '@/server/studio/questions';
import { createReport, listMyReports, listReportQueue, resolveReport } from '@/server/studio/reports';
import { computeExamStatistics, getStoredStatistics } from '@/server/studio/statistics';
import { ctx } from '../../helpers/context';
import { countRows } from '../../helpers/database';
import { createAttempt, createUser, examIdBySlug, questionBank } from '../../helpers/factories';
import { auditActions } from '../../helpers/outbox';
import { firstQuestion } from './helpers';

describe('exams and objectives', () => {
  it('creates drafts invisible to learners and publishes only when weights sum to 100', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam(
      moderator,
      {
        code: 'NEW-1',
        title: 'New Exam',
        vendor: 'V',
        description: '',
        durationMinutes: 60,
        questionCount: 10,
        passingScore: 70,
      },
      ctx(),
    );
    expect(JSON.stringify(await listPublishedExams())).not.toContain('New Exam');
    await createObjective(moderator, exam.id, { code: '1', title: 'One', weight: 60 }, ctx());
    await expect(setExamStatus(moderator, exam.id, 'published', ctx())).rejects.toThrow(/sum to 100 .*60/);
    await createObjective(moderator, exam.id, { code: '2', title: 'Two', weight: 40 }, ctx());
    await expect(setExamStatus(moderator, exam.id, 'published', ctx())).rejects.toThrow(/active question/);
    const objectiveId = (await getStudioExam(moderator, exam.id)).objectives[0]!.id;
    await saveQuestion(
      moderator,
      {
        examId: exam.id,
        content: {
          objectiveId,
          type: 'single',
          difficulty: 1,
          stem: 'Q',
          options: [
            { id: 'a', text: 'x', correct: true },
            { id: 'b', text: 'y', correct: false },
          ],
        },
      },
      ctx(),
    );
    await setExamStatus(moderator, exam.id, 'published', ctx());
    expect(JSON.stringify(await listPublishedExams())).toContain('New Exam');
    expect((await getStudioExam(moderator, exam.id)).status).toBe('published');
    await expect(
      updateObjective(moderator, exam.id, objectiveId, { code: '1', title: 'One', weight: 50 }, ctx()),
    ).rejects.toThrow(/keep summing to 100/);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['studio.exam_created', 'studio.objective_created', 'studio.exam_published']),
    );
  });
});

describe('learner reports', () => {
  it('learners report, see only their own reports; moderators resolve with a reply the learner sees', async () => {
    const learner = await createUser();
    const other = await createUser();
    const moderator = await createUser({ role: 'moderator' });
    const q = await firstQuestion();
    const editor = await getEditorQuestion(moderator, q.id);
    await expect(
      createReport(learner, { questionId: q.id, reason: 'other', details: '' }, ctx()),
    ).rejects.toThrow(/Check the report/);
    const { id } = await createReport(
      learner,
      {
        questionId: q.id,
        questionVersionId: editor.versionId,
        reason: 'wrong_answer',
        details: 'B is right, not A',
      },
      ctx(),
    );
    await createReport(other, { questionId: q.id, reason: 'typo' }, ctx());
    expect((await listMyReports(learner)).map((r) => r.id)).toEqual([id]);
    expect((await listMyReports(learner))[0]).not.toHaveProperty('reporter');
    const queue = await listReportQueue(moderator, 'open');
    expect(queue.map((r) => r.id)).toContain(id);
    expect((await listQuestions(moderator, { reported: '1' })).items.map((i) => i.id)).toContain(q.id);

    await expect(
      resolveReport(learner, { reportId: id, decision: 'resolved', reply: 'x' }, ctx()),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(
      resolveReport(moderator, { reportId: id, decision: 'resolved', reply: '' }, ctx()),
    ).rejects.toThrow(/Check the reply/);
    await resolveReport(
      moderator,
      { reportId: id, decision: 'resolved', reply: 'Fixed the key, thank you!' },
      ctx(),
    );
    await expect(
      resolveReport(moderator, { reportId: id, decision: 'dismissed', reply: 'again' }, ctx()),
    ).rejects.toThrow(/already answered/);
    const mine = await listMyReports(learner);
    expect(mine[0]).toMatchObject({ status: 'resolved', reply: 'Fixed the key, thank you!' });
    expect(await countRows('audit_log', { where: "action = 'studio.report_resolved'" })).toBe(1);
  });

  it('limits reports to 20 per hour per user with a clear error', async () => {
    const learner = await createUser();
    const q = await firstQuestion();
    const now = Date.now();
    for (let i = 0; i < 20; i++)
      await createReport(learner, { questionId: q.id, reason: 'unclear' }, ctx({ now: now + i }));
    await expect(
      createReport(learner, { questionId: q.id, reason: 'unclear' }, ctx({ now: now + 100 })),
    ).rejects.toThrow(/many reports.*try again in/);
    await createReport(learner, { questionId: q.id, reason: 'unclear' }, ctx({ now: now + 3_600_001 }));
  });
});

describe('item statistics', () => {
  it('computes facility, discrimination, option shares and reliability from first submitted attempts, and flags poor items', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const examId = await examIdBySlug('quick-exam');
    const qs = (await questionBank('quick-exam')).slice(0, 3);
    // 12 learners; learner i answers question j right when i > j * 3 (a clean difficulty ladder),
    // and question 2's wrong answers all pick the same distractor. A second attempt must be ignored.
    for (let i = 0; i < 12; i++) {
      const learner = await createUser();
      for (const second of [false, true]) {
        await createAttempt({
          user: learner,
          examSlug: 'quick-exam',
          mode: 'mock',
          startedAt: new Date(second ? 2000 : 1000),
          answers: qs.map((question, j) => ({
            question,
            correct: second || i > j * 3,
            answeredAt: new Date(second ? 2500 : 1500),
          })),
        });
      }
    }
    const stats = await computeExamStatistics(moderator, examId, ctx());
    expect(stats.attempts).toBe(12);
    expect(stats.answers).toBe(36);
    const byId = new Map(stats.items.map((i) => [i.questionId, i]));
    const first = byId.get(Number(qs[0]!.id))!;
    expect(first.stats.responses).toBe(12);
    expect(first.stats.facility).toBeCloseTo(11 / 12);
    expect(byId.get(Number(qs[2]!.id))!.stats.facility).toBeCloseTo(5 / 12);
    expect(byId.get(Number(qs[1]!.id))!.stats.discrimination).toBeGreaterThan(0.4);
    expect(stats.reliability.kr20).not.toBeNull();
    const stored = await getStoredStatistics(moderator, examId);
    expect(stored?.attempts).toBe(12);
    const poorIds = stats.items.filter((i) => i.reasons.length > 0).map((i) => i.questionId);
    expect(
      (await listQuestions(moderator, { exam: examId, poor: '1' })).items.map((i) => i.id).sort(),
    ).toEqual(poorIds.sort());
  });
});

describe('authorization of the studio services', () => {
  type Call = (actor: SessionUser | null) => Promise<unknown>;
  const calls: [string, Call][] = [
    ['listStudioExams', (a) => listStudioExams(a)],
    ['listQuestions', (a) => listQuestions(a, {})],
    ['getEditorQuestion', async (a) => getEditorQuestion(a, (await firstQuestion()).id)],
    ['listVersions', async (a) => listVersions(a, (await firstQuestion()).id)],
    ['setQuestionStatus', async (a) => setQuestionStatus(a, (await firstQuestion()).id, 'active', ctx())],
    [
      'dryRunImport',
      async (a) =>
        dryRunImport(a, {
          examId: await examIdBySlug('test-exam'),
          format: 'aiken',
          source: 'Q?\nA) x\nB) y\nANSWER: A',
        }),
    ],
    ['listReportQueue', (a) => listReportQueue(a)],
    ['listStudioAudit', (a) => listStudioAudit(a, {})],
    ['getStoredStatistics', async (a) => getStoredStatistics(a, await examIdBySlug('test-exam'))],
  ];

  it.each(calls)('%s: anonymous 401, learner 403, moderator and admin allowed', async (_name, call) => {
    const learner = await createUser();
    const moderator = await createUser({ role: 'moderator' });
    const admin = await createUser({ role: 'admin' });
    await expect(call(null)).rejects.toMatchObject({ status: 401 });
    await expect(call(learner)).rejects.toMatchObject({ status: 403 });
    await expect(call(moderator)).resolves.not.toThrow();
    await expect(call(admin)).resolves.not.toThrow();
  });

  it('reports: anonymous 401; any signed-in user may report and list their own', async () => {
    const q = await firstQuestion();
    await expect(createReport(null, { questionId: q.id, reason: 'typo' }, ctx())).rejects.toMatchObject({
      status: 401,
    });
    await expect(listMyReports(null)).rejects.toMatchObject({ status: 401 });
  });

  it('the audit page lists studio actions with actor and details, filtered and paged', async () => {
    const moderator = await createUser({ role: 'moderator', name: 'Audit Mod' });
    await createExam(
      moderator,
      {
        code: 'AUD-1',
        title: 'Audited Exam',
        vendor: 'V',
        durationMinutes: 10,
        questionCount: 5,
        passingScore: 50,
      },
      ctx(),
    );
    const page = await listStudioAudit(moderator, { action: 'studio.exam_created', actor: 'Audit Mod' });
    expect(page.rows[0]).toMatchObject({
      action: 'studio.exam_created',
      actor: expect.stringContaining('Audit Mod'),
      details: expect.objectContaining({ title: 'Audited Exam' }),
    });
  });
});
