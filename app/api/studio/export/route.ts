import { firstParams, queryProblem } from '@/lib/validation/search-params';
import { exportQuerySchema } from '@/lib/validation/studio';
import { AuthorizationError } from '@/server/auth/guards';
import { getCurrentUser } from '@/server/auth/session';
import { StudioError } from '@/server/studio/errors';
import { exportExamQuestions } from '@/server/studio/import';

/**
 * GET /api/studio/export?exam=<id>&format=gift|aiken|csv|json — a download of the exam's current
 * questions (moderators). A repeated parameter counts by its first value; a bad one is a 400
 * naming it ({ error, fieldErrors }).
 */
export async function GET(request: Request) {
  const query = exportQuerySchema.safeParse(firstParams(new URL(request.url).searchParams));
  if (!query.success) return Response.json(queryProblem(query.error), { status: 400, headers: { 'Cache-Control': 'no-store' } });
  try {
    const result = await exportExamQuestions(await getCurrentUser(), query.data.exam, query.data.format);
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
