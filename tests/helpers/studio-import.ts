import type { QuestionFileFormat } from '@/lib/studio/question-model';
import { commitImport } from '@/server/studio/import';
import { ctx } from './context';
import { createExam } from './factories';

/**
 * Imports a file's text into a new, empty exam as published questions (how the round-trip tests
 * bring an export back): the exam and the import's summary.
 */
export async function importIntoNewExam(
  moderator: Parameters<typeof commitImport>[0],
  format: QuestionFileFormat,
  text: string,
) {
  const target = await createExam();
  const file = new TextEncoder().encode(text);
  const done = await commitImport(moderator, { examId: target.id, format, file, asDraft: false }, ctx());
  return { target, done };
}
