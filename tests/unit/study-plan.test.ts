import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  MAX_NEW_PER_DAY,
  planToday,
  shareNewQuestions,
  type PlanInput,
  type PlanObjective,
} from '@/lib/study-plan/daily-plan';

const objectives = (seen: [number, number, number] = [0, 0, 0]): PlanObjective[] => [
  { code: '1', title: 'Cloud concepts', weight: 25, mastery: 80, bankSize: 100, seen: seen[0] },
  { code: '2', title: 'Security', weight: 35, mastery: 55, bankSize: 100, seen: seen[1] },
  { code: '3', title: 'Billing', weight: 40, mastery: null, bankSize: 100, seen: seen[2] },
];

function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    today: '2026-12-05',
    examDate: '2026-12-26',
    start: { date: '2026-12-05', seen: 0 },
    objectives: objectives(),
    reviewsDue: 12,
    predicted: null,
    passingScore: 70,
    lastMockDate: null,
    lastStudyDate: '2026-12-04',
    doneToday: { newQuestions: 0, mock: false },
    ...overrides,
  };
}

describe('daysBetween', () => {
  it('counts calendar days between local dates, across months and DST changes', () => {
    expect(daysBetween('2026-12-05', '2026-12-26')).toBe(21);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-12-05', '2026-12-04')).toBe(-1);
  });
});

describe('planToday', () => {
  it('spreads the unseen bank over the days before the eve of the exam, weakest objectives first', () => {
    const plan = planToday(input());
    expect(plan.daysLeft).toBe(21);
    expect(plan.phase).toBe('study');
    // 300 unseen over 20 days of new questions.
    expect(plan.newQuestions).toBe(15);
    expect(plan.newByObjective).toEqual([
      { code: '3', title: 'Billing', count: 5 },
      { code: '2', title: 'Security', count: 5 },
      { code: '1', title: 'Cloud concepts', count: 5 },
    ]);
    expect(plan.reviews).toBe(12);
    expect(plan.pace).toMatchObject({ status: 'on-track', behindBy: 0 });
    expect(plan.pace.reason).toContain('15 new a day covers the rest by 2026-12-25');
  });

  it('takes off what was already done today', () => {
    const plan = planToday(input({ doneToday: { newQuestions: 10, mock: false } }));
    expect(plan.newQuestions).toBe(5);
    const done = planToday(input({ doneToday: { newQuestions: 40, mock: false } }));
    expect(done.newQuestions).toBe(0);
    expect(done.newByObjective).toEqual([]);
  });

  it('says how far behind a learner is after a week of nothing, and re-plans to catch up', () => {
    const plan = planToday(
      input({
        today: '2026-12-12',
        start: { date: '2026-12-05', seen: 0 },
        objectives: objectives([10, 5, 0]),
        lastStudyDate: '2026-12-05',
      }),
    );
    // Expected by the end of yesterday: 300 × 7/20 = 105; seen 15.
    expect(plan.pace.status).toBe('behind');
    expect(plan.pace.behindBy).toBe(90);
    expect(plan.pace.reason).toContain('Nothing was studied for 6 days');
    // The rest (285) over the 13 remaining days of new questions.
    expect(plan.newQuestions).toBe(22);
  });

  it('caps the day at the maximum and names what will stay unseen when the date is too close', () => {
    const plan = planToday(input({ examDate: '2026-12-09' }));
    expect(plan.newQuestions).toBe(MAX_NEW_PER_DAY);
    expect(plan.phase).toBe('study');
    expect(plan.pace.status).toBe('behind');
    expect(plan.pace.behindBy).toBe(300 - 3 * MAX_NEW_PER_DAY);
    expect(plan.pace.reason).toMatch(/would take 100 a day.*120 will stay unseen/);
  });

  it('the day before the exam: no new questions, a mock exam and the reviews', () => {
    const plan = planToday(input({ examDate: '2026-12-06' }));
    expect(plan.phase).toBe('final-days');
    expect(plan.newQuestions).toBe(0);
    expect(plan.mock.due).toBe(true);
    expect(plan.reviews).toBe(12);
    expect(plan.pace.reason).toContain('the exam is tomorrow');
  });

  it('on exam day only rest; once the date has passed, asks for a new one', () => {
    const examDay = planToday(input({ examDate: '2026-12-05' }));
    expect(examDay).toMatchObject({ phase: 'exam-day', daysLeft: 0, newQuestions: 0, reviews: 0 });
    expect(examDay.mock.due).toBe(false);
    const passed = planToday(input({ examDate: '2026-12-01' }));
    expect(passed).toMatchObject({ phase: 'date-passed', daysLeft: -4, newQuestions: 0 });
    expect(passed.pace).toMatchObject({ status: 'none' });
    expect(passed.pace.reason).toMatch(/passed.*new date/);
  });

  it('with the bank exhausted: reviews and mocks only, on track', () => {
    const plan = planToday(
      input({
        objectives: objectives([100, 100, 100]),
        lastMockDate: '2026-11-20',
        start: { date: '2026-11-01', seen: 0 },
      }),
    );
    expect(plan.newQuestions).toBe(0);
    expect(plan.bank).toEqual({ total: 300, seen: 300 });
    expect(plan.mock).toMatchObject({ due: true });
    expect(plan.mock.reason).toContain('15 days ago');
    expect(plan.pace).toMatchObject({ status: 'on-track' });
  });

  it('schedules mock exams: the first at a quarter of the bank, then weekly, then in the last days', () => {
    expect(planToday(input()).mock.due).toBe(false);
    expect(planToday(input({ objectives: objectives([30, 30, 20]) })).mock.due).toBe(true);
    expect(
      planToday(input({ lastMockDate: '2026-12-01', objectives: objectives([30, 30, 20]) })).mock,
    ).toEqual({
      due: false,
      reason: 'Next mock exam in 3 days.',
    });
    expect(planToday(input({ examDate: '2026-12-08', lastMockDate: '2026-12-03' })).mock.due).toBe(true);
    expect(planToday(input({ examDate: '2026-12-08', lastMockDate: '2026-12-04' })).mock.due).toBe(false);
    expect(planToday(input({ doneToday: { newQuestions: 0, mock: true } })).mock.due).toBe(false);
  });

  it('is behind in the last week when the predicted score is under the pass mark', () => {
    const plan = planToday(
      input({ examDate: '2026-12-10', objectives: objectives([100, 100, 100]), predicted: 61.4 }),
    );
    expect(plan.pace.status).toBe('behind');
    expect(plan.pace.reason).toContain('predicted score 61% is under the pass mark 70% with 5 days left');
  });
});

describe('shareNewQuestions', () => {
  it('gives what a small objective cannot take to the others, never more than is unseen', () => {
    const small: PlanObjective[] = [
      { code: 'a', title: 'A', weight: 10, mastery: 10, bankSize: 3, seen: 0 },
      { code: 'b', title: 'B', weight: 10, mastery: 20, bankSize: 50, seen: 0 },
    ];
    expect(shareNewQuestions(small, 20)).toEqual([
      { code: 'a', title: 'A', count: 3 },
      { code: 'b', title: 'B', count: 17 },
    ]);
    expect(shareNewQuestions(small, 100).reduce((sum, s) => sum + s.count, 0)).toBe(53);
  });
});
