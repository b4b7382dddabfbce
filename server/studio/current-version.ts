import 'server-only';
import { and, eq } from 'drizzle-orm';
import { questions, questionVersions } from '@/database/schema';

/** Join condition: the version row that is the question's current one. */
export const isCurrentVersion = and(
  eq(questionVersions.questionId, questions.id),
  eq(questionVersions.version, questions.currentVersion),
);
