import 'server-only';
import { DEADLINE_GRACE_MS, type SubmitReason } from '@/lib/exam/timing';
import { historyPageSchema } from '@/lib/validation/attempts';
import type { AttemptMode, AttemptPage, AttemptStatus, AttemptSummary } from '@/lib/exam/views';
import { assertUser, type SessionUser } from '@/server/auth/guards';
import { appDatabase } from '@/server/db';
import { ownedAttempt } from './head';
import { num, numOrNull, str, type Row } from './rows';
import { closeIfExpired } from './submit';

export const HISTORY_PAGE_SIZE = 20;

const SUMMARY_COLUMNS = `s.id, s.mode, s.status, s.started_at, s.submitted_at, s.deadline_at, s.question_count,
  s.correct_count, s.score_percent, s.passed, s.submit_reason, e.slug, e.code, e.title,
  (SELECT count(*) FROM user_answers ua WHERE ua.session_id = s.id AND ua.selected <> '[]') AS answered`;

function summaryOf(row: Row): AttemptSummary {
  const passed = numOrNull(row.passed);
  return {
    id: str(row.id),
    mode: str(row.mode) as AttemptMode,
    status: str(row.status) as AttemptStatus,
    exam: { slug: str(row.slug), code: str(row.code), title: str(row.title) },
    startedAt: num(row.started_at),
    submittedAt: numOrNull(row.submitted_at),
    deadlineAt: numOrNull(row.deadline_at),
    questionCount: num(row.question_count),
    answered: num(row.answered),
    correct: numOrNull(row.correct_count),
    percent: numOrNull(row.score_percent),
    passed: passed === null ? null : passed === 1,
    submitReason: (row.submit_reason as SubmitReason | null) ?? null,
  };
}

/** The deadline rule for lists: open attempts of the learner whose time ran out are submitted first. */
async function closeExpiredAttempts(user: SessionUser, now: Date, examId?: number): Promise<void> {
  const { client } = appDatabase();
  const { rows } = await client.execute({
    sql: `SELECT id FROM study_sessions
      WHERE user_id = ? AND status = 'in_progress' AND deadline_at IS NOT NULL AND deadline_at + ${DEADLINE_GRACE_MS} <= ?
      ${examId === undefined ? '' : 'AND exam_id = ?'}`,
    args: examId === undefined ? [user.id, now.getTime()] : [user.id, now.getTime(), examId],
  });
  for (const row of rows) {
    await closeIfExpired(user, await ownedAttempt(client, user, str(row.id)), now);
  }
}

/** The learner's attempts, newest first, a page at a time. */
export async function listAttempts(actor: SessionUser | null, query: unknown, now: Date): Promise<AttemptPage> {
  const user = assertUser(actor);
  const { page } = historyPageSchema.parse(query ?? {});
  await closeExpiredAttempts(user, now);
  const { client } = appDatabase();
  const [countResult, listResult] = await Promise.all([
    client.execute({ sql: 'SELECT count(*) AS n FROM study_sessions WHERE user_id = ?', args: [user.id] }),
    client.execute({
      sql: `SELECT ${SUMMARY_COLUMNS} FROM study_sessions s JOIN exams e ON e.id = s.exam_id
        WHERE s.user_id = ? ORDER BY s.started_at DESC, s.id LIMIT ? OFFSET ?`,
      args: [user.id, HISTORY_PAGE_SIZE, (page - 1) * HISTORY_PAGE_SIZE],
    }),
  ]);
  const total = num(countResult.rows[0]?.n ?? 0);
  return {
    items: listResult.rows.map(summaryOf),
    page,
    pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
    total,
  };
}

/** The learner's open attempts of one exam (to resume from the exam page), newest first. */
export async function listOpenAttempts(actor: SessionUser | null, examId: number, now: Date): Promise<AttemptSummary[]> {
  const user = assertUser(actor);
  await closeExpiredAttempts(user, now, examId);
  const { rows } = await appDatabase().client.execute({
    sql: `SELECT ${SUMMARY_COLUMNS} FROM study_sessions s JOIN exams e ON e.id = s.exam_id
      WHERE s.user_id = ? AND s.status = 'in_progress' AND s.exam_id = ?
      ORDER BY s.last_activity DESC LIMIT 5`,
    args: [user.id, examId],
  });
  return rows.map(summaryOf);
}
