import 'server-only';
import { loadImportExam } from '@/database/questions/import-plan';
import { loadExportCaseStudies, loadExportQuestions } from '@/database/questions/export';
import { QUESTION_FILE_CODECS, exportQuestionFile } from '@/lib/studio/formats';
import type { QuestionFileFormat } from '@/lib/studio/question-model';
import { assertRole, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '../db';
import { notFound } from './errors';

/** An exam's question bank as a file (drafts included, retired questions left out). */
export async function exportExamQuestions(
  actor: SessionUser | null,
  examId: number,
  format: QuestionFileFormat,
) {
  assertRole(actor, 'moderator');
  const exam = await loadImportExam(appDatabase().client, { id: examId });
  if (!exam) throw notFound('exam');
  const { client } = appDatabase();
  const [questions, caseStudies] = await Promise.all([
    loadExportQuestions(client, examId),
    loadExportCaseStudies(client, examId),
  ]);
  const result = exportQuestionFile(format, questions, caseStudies);
  const codec = QUESTION_FILE_CODECS[format];
  return { ...result, filename: `${exam.slug}.${codec.extension}`, mediaType: codec.mediaType };
}
