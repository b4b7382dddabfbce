import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import {
  auditLog,
  exams,
  questionReports,
  reviewCards,
  reviewLogs,
  studySessions,
  userAnswers,
  users,
} from '@/database/schema';
import { appDatabase, writeBatch } from '../db';
import { ownAccountAuditStatement } from '../auth/audit';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import type { RequestContext } from '../request-context';
import { emailDataForExport } from '../notifications/preferences';

type ExportedValue<V> = V extends Date ? string : V extends boolean ? 0 | 1 : V;
type Exported<T> = { [K in keyof T]: ExportedValue<T[K]> };

/**
 * A row as the download writes it: times as ISO strings, and flags as SQLite's 0/1 (the file's
 * format predates the typed reads). Every other value as read.
 */
function exported<T extends Record<string, unknown>>(row: T): Exported<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] =
      value instanceof Date ? value.toISOString() : typeof value === 'boolean' ? Number(value) : value;
  }
  return out as Exported<T>;
}

/** Everything we hold about the user, for a JSON download (GDPR art. 15/20). Never the hash. */
export async function exportUserData(actor: SessionUser | null, ctx: RequestContext) {
  const user = assertUser(actor);
  const { db } = appDatabase();
  const [profile] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      email_verified_at: users.emailVerifiedAt,
      created_at: users.createdAt,
      updated_at: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, user.id));
  const s = studySessions;
  const sessions = await db
    .select({
      id: s.id,
      exam: exams.slug,
      mode: s.mode,
      status: s.status,
      question_count: s.questionCount,
      started_at: s.startedAt,
      deadline_at: s.deadlineAt,
      submitted_at: s.submittedAt,
      correct_count: s.correctCount,
      score_percent: s.scorePercent,
      passed: s.passed,
    })
    .from(s)
    .innerJoin(exams, eq(exams.id, s.examId))
    .where(eq(s.userId, user.id))
    .orderBy(asc(s.startedAt));
  const a = userAnswers;
  const answers = await db
    .select({
      session_id: a.sessionId,
      question_id: a.questionId,
      question_version_id: a.questionVersionId,
      selected: a.selected,
      is_correct: a.isCorrect,
      time_spent_ms: a.timeSpentMs,
      answered_at: a.answeredAt,
    })
    .from(a)
    .where(eq(a.userId, user.id))
    .orderBy(asc(a.answeredAt));
  const c = reviewCards;
  const cards = await db
    .select({
      question_id: c.questionId,
      state: c.state,
      due: c.due,
      stability: c.stability,
      difficulty: c.difficulty,
      reps: c.reps,
      lapses: c.lapses,
      last_review: c.lastReview,
      suspended: c.suspended,
      created_at: c.createdAt,
    })
    .from(c)
    .where(eq(c.userId, user.id))
    .orderBy(asc(c.questionId));
  const l = reviewLogs;
  const reviews = await db
    .select({
      question_id: c.questionId,
      kind: l.kind,
      session_id: l.sessionId,
      rating: l.rating,
      is_correct: l.isCorrect,
      time_spent_ms: l.timeSpentMs,
      reviewed_at: l.reviewedAt,
      due: l.due,
    })
    .from(l)
    .innerJoin(c, eq(c.id, l.cardId))
    .where(eq(l.userId, user.id))
    .orderBy(asc(l.reviewedAt), asc(l.id));
  const r = questionReports;
  const reports = await db
    .select({
      question_id: r.questionId,
      reason: r.reason,
      details: r.details,
      status: r.status,
      reply: r.reply,
      created_at: r.createdAt,
      resolved_at: r.resolvedAt,
    })
    .from(r)
    .where(eq(r.userId, user.id))
    .orderBy(asc(r.createdAt));
  const events = await db
    .select({ action: auditLog.action, ip: auditLog.ip, created_at: auditLog.createdAt })
    .from(auditLog)
    .where(and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, user.id)))
    .orderBy(asc(auditLog.createdAt));
  const email = await emailDataForExport(user.id);
  await writeBatch([ownAccountAuditStatement(user.id, 'account.exported', ctx)]);
  return {
    exportedAt: new Date(ctx.now).toISOString(),
    profile: profile && exported(profile),
    studySessions: sessions.map(exported),
    answers: answers.map(exported),
    reviewCards: cards.map(exported),
    reviews: reviews.map(exported),
    questionReports: reports.map(exported),
    securityEvents: events.map(exported),
    emailPreferences: email.preferences.map(exported),
    emailConsents: email.consents.map(exported),
  };
}
