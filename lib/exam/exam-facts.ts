/** What an exam is, as the catalog, the studio's form and the seed data all describe it. */
export interface ExamFacts {
  code: string;
  title: string;
  vendor: string;
  description: string;
  durationMinutes: number;
  questionCount: number;
  passingScore: number;
}
