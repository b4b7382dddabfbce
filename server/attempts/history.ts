import 'server-only';
import { and, count, desc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import { exams, studySessions, userAnswers } from '@/database/schema';
import { DEADLINE_GRACE_MS } from '@/lib/exam/timing';
import { historyPageSchema } from '@/lib/validation/attempts';
import type { AttemptPage, AttemptSummary } from '@/lib/exam/views';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '@/server/db';
import { ownedAttempt } from './head';
import { closeIfExpired } from './submit';

export const HISTORY_PAGE_SIZE = 20;

/** The attempts with their exam and how many questions have an answer, newest first by default. */
function selectSummaries() {
  const s = studySessions;
  return appDatabase()
    .db.select({
      id: s.id,
      mode: s.mode,
      diagnostic: sql<number>`coalesce(json_extract(${s.settings}, '$.source') = 'diagnostic', 0)`,
      status: s.status,
      exam: { slug: exams.slug, code: exams.code, title: exams.title },
      startedAt: s.startedAt,
      submittedAt: s.submittedAt,
      deadlineAt: s.deadlineAt,
      questionCount: s.questionCount,
      // A cleared answer is kept as [] while the attempt runs: no answer.
      answered: appDatabase().db.$count(
        userAnswers,
        and(eq(userAnswers.sessionId, s.id), sql`${userAnswers.selected} <> '[]'`),
      ),
      correct: s.correctCount,
      percent: s.scorePercent,
      passed: s.passed,
      submitReason: s.submitReason,
    })
    .from(s)
    .innerJoin(exams, eq(exams.id, s.examId))
    .$dynamic();
}

type SummaryRow = Awaited<ReturnType<typeof selectSummaries>>[number];

function summaryOf({ startedAt, submittedAt, deadlineAt, diagnostic, ...row }: SummaryRow): AttemptSummary {
  return {
    ...row,
    diagnostic: Number(diagnostic) === 1,
    startedAt: startedAt.getTime(),
    submittedAt: submittedAt?.getTime() ?? null,
    deadlineAt: deadlineAt?.getTime() ?? null,
  };
}

/**
 * The deadline rule for lists: open attempts of the learner whose time ran out are submitted
 * first. Returns how many it found (0: nothing changed, a list read meanwhile is current).
 */
async function closeExpiredAttempts(user: SessionUser, now: Date, examId?: number): Promise<number> {
  const { client, db } = appDatabase();
  const s = studySessions;
  const expired = await db
    .select({ id: s.id })
    .from(s)
    .where(
      and(
        eq(s.userId, user.id),
        eq(s.status, 'in_progress'),
        isNotNull(s.deadlineAt),
        lte(s.deadlineAt, new Date(now.getTime() - DEADLINE_GRACE_MS)),
        examId === undefined ? undefined : eq(s.examId, examId),
      ),
    );
  for (const { id } of expired) {
    await closeIfExpired(user, await ownedAttempt(client, user, id), now);
  }
  return expired.length;
}

/** The learner's attempts, newest first, a page at a time. */
export async function listAttempts(
  actor: SessionUser | null,
  query: unknown,
  now: Date,
): Promise<AttemptPage> {
  const user = assertUser(actor);
  const { page } = historyPageSchema.parse(query ?? {});
  await closeExpiredAttempts(user, now);
  const { db } = appDatabase();
  const s = studySessions;
  const [[counted], rows] = await Promise.all([
    db.select({ n: count() }).from(s).where(eq(s.userId, user.id)),
    selectSummaries()
      .where(eq(s.userId, user.id))
      .orderBy(desc(s.startedAt), s.id)
      .limit(HISTORY_PAGE_SIZE)
      .offset((page - 1) * HISTORY_PAGE_SIZE),
  ]);
  const total = counted?.n ?? 0;
  return {
    items: rows.map(summaryOf),
    page,
    pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
    total,
  };
}

/** The learner's open attempts of one exam (to resume from the exam page), newest first. */
export async function listOpenAttempts(
  actor: SessionUser | null,
  examId: number,
  now: Date,
): Promise<AttemptSummary[]> {
  const user = assertUser(actor);
  const s = studySessions;
  const open = () =>
    selectSummaries()
      .where(and(eq(s.userId, user.id), eq(s.status, 'in_progress'), eq(s.examId, examId)))
      .orderBy(desc(s.lastActivity))
      .limit(5);
  // The list goes out with the deadline rule's check (one round-trip time, not two, against a
  // remote primary); it is read again only if the check closed an attempt.
  const [closed, rows] = await Promise.all([closeExpiredAttempts(user, now, examId), open()]);
  return (closed > 0 ? await open() : rows).map(summaryOf);
}
