import { describe, expect, it } from 'vitest';
import {
  buildExamProgress,
  type ExamProgressInput,
  type ObjectiveWindow,
} from '@/lib/progress/exam-progress';
import { splitScoreHistory } from '@/lib/progress/score-history';

const exam = { slug: 'x', code: 'X-1', title: 'X', passingScore: 70, questionCount: 65 };
const objective = (id: number, weight: number, bankSize = 100) => ({
  id,
  code: String(id),
  title: `Objective ${id}`,
  weight,
  bankSize,
  answered: 0,
  answerTimeMs: 0,
  reviews: 0,
  reviewTimeMs: 0,
});
const window = (
  objectiveId: number,
  correct: number,
  total: number,
  fromMocks = { correct: 0, total: 0 },
): ObjectiveWindow => ({
  objectiveId,
  correct,
  total,
  fromMocksCorrect: fromMocks.correct,
  fromMocksTotal: fromMocks.total,
});

function input(over: Partial<ExamProgressInput>): ExamProgressInput {
  return {
    exam,
    objectives: [objective(1, 60), objective(2, 40)],
    windows: [],
    mocks: [],
    history: [],
    seen: 0,
    dueToday: 0,
    ...over,
  };
}

describe("one exam's progress", () => {
  it("ranks objectives weakest first, with each one's recent answers", () => {
    const view = buildExamProgress(input({ windows: [window(1, 45, 50), window(2, 20, 50)] }));
    expect(view.objectives.map((o) => [o.code, o.recentCorrect, o.recentTotal, o.level])).toEqual([
      ['2', 20, 50, 'weak'],
      ['1', 45, 50, 'strong'],
    ]);
    expect(view.bankSize).toBe(200);
  });

  it('keeps answers of the mocks it uses out of the practice side, so nothing counts twice', () => {
    const mocks = [{ sessionId: 'M1', percent: 50, questionCount: 65 }];
    const withMockAnswers = buildExamProgress(
      input({ windows: [window(1, 30, 40, { correct: 0, total: 10 }), window(2, 30, 30)], mocks }),
    );
    const withoutThem = buildExamProgress(input({ windows: [window(1, 30, 30), window(2, 30, 30)], mocks }));
    expect(withMockAnswers.readiness.predicted).toBeCloseTo(withoutThem.readiness.predicted, 6);
    expect(withMockAnswers.readiness.practiceAnswers).toBe(60);
    // Mastery does show every recent answer.
    expect(withMockAnswers.objectives.find((o) => o.code === '1')).toMatchObject({
      recentCorrect: 30,
      recentTotal: 40,
    });
  });

  it('treats an objective without answers as unpractised', () => {
    const view = buildExamProgress(input({ windows: [window(1, 45, 50)] }));
    expect(view.objectives[0]).toMatchObject({ code: '2', recentTotal: 0, level: 'unknown', estimate: 50 });
  });

  it('uses at most five mocks and says so', () => {
    const mocks = Array.from({ length: 8 }, (_, i) => ({
      sessionId: `M${i}`,
      percent: 80,
      questionCount: 65,
    }));
    expect(buildExamProgress(input({ mocks })).readiness).toMatchObject({
      mocksUsed: 5,
      mockCount: 5,
      answersPerObjective: 50,
    });
  });

  it('splits the score history into mock and practice series, oldest first', () => {
    const points = [
      { sessionId: 'b', mode: 'mock' as const, at: 3, percent: 70, questionCount: 65 },
      { sessionId: 'a', mode: 'practice' as const, at: 1, percent: 50, questionCount: 10 },
      { sessionId: 'c', mode: 'practice' as const, at: 2, percent: 60, questionCount: 10 },
    ];
    expect(splitScoreHistory(points)).toEqual({ mock: [points[0]], practice: [points[1], points[2]] });
    expect(buildExamProgress(input({ history: points })).history.map((p) => p.sessionId)).toEqual([
      'a',
      'c',
      'b',
    ]);
  });
});
