import type { SeedExam } from '../types';
import { matching, ordering } from '../kind-questions';

/** Small, deterministic banks for tests. The "quick" exam has a 1-minute limit for timer tests. */
function numberedQuestions(objectives: string[], count: number): SeedExam['questions'] {
  return Array.from({ length: count }, (_, i) => {
    const objective = objectives[i % objectives.length]!;
    const multiple = i % 5 === 4;
    return {
      objective,
      difficulty: ((i % 3) + 1) as 1 | 2 | 3,
      stem: `Test question ${i + 1} (objective ${objective}): which option is correct?`,
      options: multiple
        ? [
            { text: `Right answer A to question ${i + 1}`, correct: true },
            { text: `Wrong answer B to question ${i + 1}` },
            { text: `Right answer C to question ${i + 1}`, correct: true },
            { text: `Wrong answer D to question ${i + 1}` },
            { text: `Wrong answer E to question ${i + 1}` },
          ]
        : [
            { text: `Wrong answer A to question ${i + 1}` },
            { text: `Right answer B to question ${i + 1}`, correct: true },
            { text: `Wrong answer C to question ${i + 1}` },
            { text: `Wrong answer D to question ${i + 1}` },
          ],
      explanation: `Explanation for test question ${i + 1}: the right answers are marked "Right".`,
      references: [{ title: 'Test reference', url: 'https://example.com/reference' }],
    };
  });
}

export const testExam: SeedExam = {
  slug: 'test-exam',
  code: 'TST-100',
  title: 'Test Certification Exam',
  vendor: 'Test Vendor',
  description: 'A small deterministic exam used by the automated tests.',
  durationMinutes: 30,
  questionCount: 10,
  passingScore: 70,
  objectives: [
    { code: '1', title: 'Test objective one', weight: 60 },
    { code: '2', title: 'Test objective two', weight: 40 },
  ],
  questions: numberedQuestions(['1', '2'], 20),
};

export const quickExam: SeedExam = {
  slug: 'quick-exam',
  code: 'TST-001',
  title: 'Quick Timed Exam',
  vendor: 'Test Vendor',
  description: 'A one-minute exam for timer tests.',
  durationMinutes: 1,
  questionCount: 3,
  passingScore: 50,
  objectives: [{ code: '1', title: 'Everything', weight: 100 }],
  questions: numberedQuestions(['1'], 5),
};

/**
 * One matching and one ordering question (issue 20): a mock shows both, the first matching then
 * ordering by the draw. Responses read "Response for premise N" so tests can answer by name.
 */
export const kindsExam: SeedExam = {
  slug: 'kinds-exam',
  code: 'TST-020',
  title: 'Matching and Ordering Exam',
  vendor: 'Test Vendor',
  description: 'Matching and ordering questions for the automated tests.',
  durationMinutes: 30,
  questionCount: 2,
  passingScore: 50,
  objectives: [{ code: '1', title: 'Kinds', weight: 100 }],
  questions: [
    matching({
      objective: '1',
      difficulty: 2,
      stem: 'Test matching question: match each premise to its response.',
      pairs: [
        ['Premise one', 'Response for one'],
        ['Premise two', 'Response for two'],
        ['Premise three', 'Response for three'],
      ],
      extra: ['Response for none'],
      partialCredit: true,
      explanation: 'Each premise goes with the response named after it.',
    }),
    ordering({
      objective: '1',
      difficulty: 2,
      stem: 'Test ordering question: put the steps in order.',
      steps: ['Step 1', 'Step 2', 'Step 3', 'Step 4'],
      explanation: 'The steps go in the order of their numbers.',
    }),
  ],
};

/**
 * A case study (issue 20): its mock draws every question, so the case is always in it. Questions
 * "Case question N" refer to the scenario's "Fact N".
 */
export const caseExam: SeedExam = {
  slug: 'case-exam',
  code: 'TST-030',
  title: 'Case Study Exam',
  vendor: 'Test Vendor',
  description: 'A case study and two standalone questions for the automated tests.',
  durationMinutes: 30,
  questionCount: 5,
  passingScore: 50,
  objectives: [
    { code: '1', title: 'Cases one', weight: 60 },
    { code: '2', title: 'Cases two', weight: 40 },
  ],
  questions: numberedQuestions(['1', '2'], 2),
  caseStudies: [
    {
      title: 'Test case study',
      scenario:
        'Test scenario text. Fact 1: the answer to case question 1 is B.\n\nFact 2: the same for 2 and 3.',
      exhibits: [{ kind: 'table', title: 'Case facts', header: ['Question', 'Answer'], rows: [['1', 'B']] }],
      questions: [1, 2, 3].map((n) => ({
        objective: n === 3 ? '2' : '1',
        difficulty: 2 as const,
        stem: `Case question ${n}: according to the scenario, which option is correct?`,
        options: [
          { text: `Case answer A ${n}` },
          { text: `Case answer B ${n}`, correct: true },
          { text: `Case answer C ${n}` },
          { text: `Case answer D ${n}` },
        ],
        explanation: `The scenario's fact ${n} says B.`,
      })),
    },
  ],
};
