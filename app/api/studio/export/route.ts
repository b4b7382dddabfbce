import { exportQuerySchema } from '@/lib/validation/studio-import';
import { jsonRoute } from '@/server/entry/routes';
import { exportExamQuestions } from '@/server/studio/export';

/**
 * GET /api/studio/export?exam=<id>&format=gift|aiken|csv|json — a download of the exam's current
 * questions (moderators). 400 naming a bad parameter (a repeated one counts by its first value) ·
 * 401 · 403 · 404 unknown exam.
 */
export const GET = jsonRoute(
  { name: 'studio.export', access: 'moderator', query: exportQuerySchema },
  async ({ user, query }) => {
    const result = await exportExamQuestions(user, query.exam, query.format);
    return new Response(result.text, {
      headers: {
        'Content-Type': `${result.mediaType}; charset=utf-8`,
        'Content-Disposition': `attachment; filename="${result.filename}"`,
        'X-Export-Skipped': String(result.problems.length),
        'Cache-Control': 'no-store',
      },
    });
  },
);
