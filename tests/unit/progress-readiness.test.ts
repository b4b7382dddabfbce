import { describe, expect, it } from 'vitest';
import { predictReadiness, type ObjectiveEvidence } from '@/lib/progress/readiness';

const blueprint = [30, 26, 24, 20];
const everywhere = (correct: number, total: number): ObjectiveEvidence[] =>
  blueprint.map((weight) => ({ weight, correct, total }));

describe('readiness prediction', () => {
  it('predicts about 80% for a learner who scores 80% on every objective', () => {
    const r = predictReadiness({
      objectives: everywhere(40, 50),
      mocks: [],
      examQuestionCount: 65,
      passingScore: 72,
    });
    expect(r.enoughData).toBe(true);
    expect(r.predicted).toBeGreaterThan(77);
    expect(r.predicted).toBeLessThan(81);
    expect(r.low).toBeLessThan(r.predicted);
    expect(r.high).toBeGreaterThan(r.predicted);
  });

  it('gives a wide band (and "not enough data") for a few answers, narrowing as answers come in', () => {
    const few = predictReadiness({
      objectives: everywhere(1, 2),
      mocks: [],
      examQuestionCount: 65,
      passingScore: 72,
    });
    const many = predictReadiness({
      objectives: everywhere(30, 50),
      mocks: [],
      examQuestionCount: 65,
      passingScore: 72,
    });
    expect(few.enoughData).toBe(false);
    expect(few.verdict).toBe('unknown');
    expect(few.high - few.low).toBeGreaterThan(35);
    expect(many.high - many.low).toBeLessThan(few.high - few.low);
    expect(many.enoughData).toBe(true);
  });

  it('never claims more certainty than the exam itself allows: its question draw stays in the band', () => {
    const endless = predictReadiness({
      objectives: everywhere(8_000, 10_000),
      mocks: [],
      examQuestionCount: 65,
      passingScore: 72,
    });
    // 80% on 65 questions: the draw alone is ±8 points at 90%.
    expect(endless.high - endless.low).toBeGreaterThan(15);
    const shortExam = predictReadiness({
      objectives: everywhere(8_000, 10_000),
      mocks: [],
      examQuestionCount: 10,
      passingScore: 72,
    });
    expect(shortExam.high - shortExam.low).toBeGreaterThan(endless.high - endless.low);
  });

  it('weights objectives like the exam blueprint', () => {
    const strongWhereItCounts = predictReadiness({
      objectives: [
        { weight: 70, correct: 45, total: 50 },
        { weight: 30, correct: 20, total: 50 },
      ],
      mocks: [],
      examQuestionCount: 65,
      passingScore: 70,
    });
    const strongWhereItDoesNot = predictReadiness({
      objectives: [
        { weight: 70, correct: 20, total: 50 },
        { weight: 30, correct: 45, total: 50 },
      ],
      mocks: [],
      examQuestionCount: 65,
      passingScore: 70,
    });
    expect(strongWhereItCounts.predicted - strongWhereItDoesNot.predicted).toBeGreaterThan(15);
  });

  it('combines mock exams with practice by how much each knows', () => {
    const practiceOnly = predictReadiness({
      objectives: everywhere(45, 50),
      mocks: [],
      examQuestionCount: 65,
      passingScore: 72,
    });
    const withMocks = predictReadiness({
      objectives: everywhere(45, 50),
      mocks: [
        { percent: 60, questionCount: 65 },
        { percent: 62, questionCount: 65 },
        { percent: 58, questionCount: 65 },
      ],
      examQuestionCount: 65,
      passingScore: 72,
    });
    expect(withMocks.predicted).toBeLessThan(practiceOnly.predicted);
    expect(withMocks.predicted).toBeGreaterThan(60);
    expect(withMocks.practiceShare).toBeGreaterThan(0);
    expect(withMocks.practiceShare).toBeLessThan(1);

    const mocksOnly = predictReadiness({
      objectives: everywhere(0, 0),
      mocks: [
        { percent: 85, questionCount: 65 },
        { percent: 87, questionCount: 65 },
      ],
      examQuestionCount: 65,
      passingScore: 72,
    });
    expect(mocksOnly.predicted).toBeGreaterThan(80);
    expect(mocksOnly.enoughData).toBe(true);
  });

  it('is green only when even the low end passes, red when even the high end fails', () => {
    const pass = predictReadiness({
      objectives: everywhere(48, 50),
      mocks: [{ percent: 95, questionCount: 65 }],
      examQuestionCount: 65,
      passingScore: 70,
    });
    const fail = predictReadiness({
      objectives: everywhere(20, 50),
      mocks: [{ percent: 40, questionCount: 65 }],
      examQuestionCount: 65,
      passingScore: 70,
    });
    const close = predictReadiness({
      objectives: everywhere(36, 50),
      mocks: [{ percent: 71, questionCount: 65 }],
      examQuestionCount: 65,
      passingScore: 70,
    });
    expect([pass.verdict, fail.verdict, close.verdict]).toEqual(['green', 'red', 'amber']);
    expect(pass.low).toBeGreaterThanOrEqual(70);
    expect(fail.high).toBeLessThan(70);
    expect(close.low).toBeLessThan(70);
    expect(close.high).toBeGreaterThanOrEqual(70);
  });

  it('says "not enough data" with nothing to go on, and keeps the band inside 0–100', () => {
    expect(
      predictReadiness({ objectives: [], mocks: [], examQuestionCount: 65, passingScore: 70 }),
    ).toMatchObject({ enoughData: false, verdict: 'unknown', low: 0, high: 100 });
    const perfect = predictReadiness({
      objectives: everywhere(50, 50),
      mocks: [{ percent: 100, questionCount: 65 }],
      examQuestionCount: 65,
      passingScore: 70,
    });
    expect(perfect.high).toBeLessThanOrEqual(100);
    expect(perfect.low).toBeGreaterThanOrEqual(0);
  });
});
