import { QUESTION_FILE_FORMATS, type QuestionFileFormat } from '@/lib/studio/question-model';
import { AuthorizationError } from '@/server/auth/guards';
import { getCurrentUser } from '@/server/auth/session';
import { StudioError } from '@/server/studio/errors';
import { exportExamQuestions } from '@/server/studio/import';

/** GET /api/studio/export?exam=<id>&format=gift|aiken|csv|json — a download of the exam's current questions (moderators). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const examId = Number(url.searchParams.get('exam'));
  const format = url.searchParams.get('format') ?? '';
  if (!Number.isInteger(examId) || examId <= 0 || !(QUESTION_FILE_FORMATS as readonly string[]).includes(format)) {
    return Response.json({ error: 'Choose an exam and a format (json, csv, gift, aiken).' }, { status: 400 });
  }
  try {
    const result = await exportExamQuestions(await getCurrentUser(), examId, format as QuestionFileFormat);
    return new Response(result.text, {
      headers: {
        'Content-Type': `${result.mediaType}; charset=utf-8`,
        'Content-Disposition': `attachment; filename="${result.filename}"`,
        'X-Export-Skipped': String(result.problems.length),
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof AuthorizationError) return Response.json({ error: error.message }, { status: error.status });
    if (error instanceof StudioError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
