import { describe, expect, it } from 'vitest';
import { getDashboard } from '@/server/progress/dashboard';
import { clearExamTarget, listExamTargets, setExamTarget } from '@/server/study-plan/targets';
import { ctx } from '../../helpers/context';
import { rows } from '../../helpers/database';
import { createExam, createQuestion, createUser } from '../../helpers/factories';

const NOW = Date.parse('2026-12-05T10:00:00Z');

async function examWithQuestions(count: number) {
  const exam = await createExam({ objectives: [{ weight: 60 }, { weight: 40 }] });
  for (let i = 0; i < count; i += 1) {
    await createQuestion({ examId: exam.id, objectiveId: exam.objectiveIds[i % 2] });
  }
  return exam;
}

describe('the exam date', () => {
  it('is stored with where the learner stands, and the dashboard then plans today for that exam', async () => {
    const learner = await createUser();
    const exam = await examWithQuestions(40);
    const result = await setExamTarget(
      learner,
      { examSlug: exam.slug, examDate: '2026-12-26' },
      'UTC',
      ctx({ now: NOW }),
    );
    expect(result).toEqual({ ok: true, data: { examDate: '2026-12-26' } });
    expect(await listExamTargets(learner.id)).toEqual(
      new Map([
        [exam.id, { examId: exam.id, examDate: '2026-12-26', startDate: '2026-12-05', startSeen: 0 }],
      ]),
    );

    // Not studied yet: the exam is on the dashboard because it has a date.
    const dashboard = await getDashboard(learner, { tz: 'UTC' }, new Date(NOW));
    const view = dashboard.exams.find((e) => e.slug === exam.slug);
    expect(view?.plan).toMatchObject({
      examDate: '2026-12-26',
      daysLeft: 21,
      phase: 'study',
      // 40 unseen over the 20 days before the eve of the exam.
      newQuestions: 2,
      bank: { total: 40, seen: 0 },
      pace: { status: 'on-track' },
    });
    expect(view!.plan!.newByObjective.reduce((sum, o) => sum + o.count, 0)).toBe(2);
  });

  it('moves with a new date (a fresh plan) and can be cleared', async () => {
    const learner = await createUser();
    const exam = await examWithQuestions(4);
    await setExamTarget(learner, { examSlug: exam.slug, examDate: '2026-12-26' }, 'UTC', ctx({ now: NOW }));
    await setExamTarget(
      learner,
      { examSlug: exam.slug, examDate: '2027-01-15' },
      'UTC',
      ctx({ now: NOW + 86_400_000 }),
    );
    expect(
      await rows('SELECT exam_date, start_date FROM exam_targets WHERE user_id = ?', [learner.id]),
    ).toEqual([{ exam_date: '2027-01-15', start_date: '2026-12-06' }]);
    expect(await clearExamTarget(learner, { examSlug: exam.slug })).toEqual({ ok: true, data: null });
    expect(await listExamTargets(learner.id)).toEqual(new Map());
  });

  it('uses the learner’s own today: a date that is still today in Kiribati is not in the past', async () => {
    const learner = await createUser();
    const exam = await examWithQuestions(2);
    // 2026-12-05 10:00 UTC is already 2026-12-06 in Pacific/Kiritimati (UTC+14).
    const kiribati = await setExamTarget(
      learner,
      { examSlug: exam.slug, examDate: '2026-12-05' },
      'Pacific/Kiritimati',
      ctx({ now: NOW }),
    );
    expect(kiribati).toMatchObject({
      ok: false,
      fieldErrors: { examDate: 'Your exam date cannot be in the past.' },
    });
    const utc = await setExamTarget(
      learner,
      { examSlug: exam.slug, examDate: '2026-12-05' },
      'UTC',
      ctx({ now: NOW }),
    );
    expect(utc.ok).toBe(true);
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const learner = await createUser();
    const exam = await examWithQuestions(2);
    const draft = await createExam({ status: 'draft' });
    const cases: [unknown, RegExp][] = [
      [{ examSlug: exam.slug, examDate: '' }, /Choose your exam date/],
      [{ examSlug: exam.slug, examDate: '2026-02-30' }, /YYYY-MM-DD/],
      [{ examSlug: exam.slug, examDate: '26/12/2026' }, /YYYY-MM-DD/],
      [{ examSlug: exam.slug, examDate: '2026-12-04' }, /past/],
      [{ examSlug: exam.slug, examDate: '2029-01-01' }, /two years/],
      [{ examSlug: 'no-such-exam', examDate: '2026-12-26' }, /not available/],
      [{ examSlug: draft.slug, examDate: '2026-12-26' }, /not available/],
      [{ examSlug: '../etc', examDate: '2026-12-26' }, /Check your exam date|Unknown exam/],
    ];
    for (const [input, message] of cases) {
      const result = await setExamTarget(learner, input, 'UTC', ctx({ now: NOW }));
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(`${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`).toMatch(message);
    }
    expect(await listExamTargets(learner.id)).toEqual(new Map());
    await expect(
      setExamTarget(null, { examSlug: exam.slug, examDate: '2026-12-26' }, 'UTC', ctx()),
    ).rejects.toThrow();
  });
});
