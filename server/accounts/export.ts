import 'server-only';
import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  auditLog,
  examTargets,
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

/**
 * Every column of a table under its database name, except those named: a column added later is
 * exported without anyone remembering to list it (art. 15 asks for everything we hold).
 */
function columnsByName<T extends SQLiteTable>(table: T, omit: (keyof T['_']['columns'])[]) {
  const selected: Record<string, SQLiteColumn> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (!omit.includes(key)) selected[column.name] = column;
  }
  return selected;
}

/** Everything we hold about the user, for a JSON download (GDPR art. 15/20). Never the hash. */
export async function exportUserData(actor: SessionUser | null, ctx: RequestContext) {
  const user = assertUser(actor);
  const { db } = appDatabase();
  const [profile] = await db
    .select(columnsByName(users, ['passwordHash', 'sessionVersion']))
    .from(users)
    .where(eq(users.id, user.id));
  const s = studySessions;
  const sessions = await db
    .select({ ...columnsByName(s, ['userId', 'examId']), exam: exams.slug })
    .from(s)
    .innerJoin(exams, eq(exams.id, s.examId))
    .where(eq(s.userId, user.id))
    .orderBy(asc(s.startedAt));
  const answers = await db
    .select(columnsByName(userAnswers, ['id', 'userId']))
    .from(userAnswers)
    .where(eq(userAnswers.userId, user.id))
    .orderBy(asc(userAnswers.answeredAt));
  const cards = await db
    .select(columnsByName(reviewCards, ['id', 'userId']))
    .from(reviewCards)
    .where(eq(reviewCards.userId, user.id))
    .orderBy(asc(reviewCards.questionId));
  const reviews = await db
    .select({ ...columnsByName(reviewLogs, ['id', 'userId', 'cardId']), question_id: reviewCards.questionId })
    .from(reviewLogs)
    .innerJoin(reviewCards, eq(reviewCards.id, reviewLogs.cardId))
    .where(eq(reviewLogs.userId, user.id))
    .orderBy(asc(reviewLogs.reviewedAt), asc(reviewLogs.id));
  const reports = await db
    .select(columnsByName(questionReports, ['id', 'userId', 'resolvedBy']))
    .from(questionReports)
    .where(eq(questionReports.userId, user.id))
    .orderBy(asc(questionReports.createdAt));
  const targets = await db
    .select(columnsByName(examTargets, ['userId']))
    .from(examTargets)
    .where(eq(examTargets.userId, user.id));
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
    examTargets: targets.map(exported),
    securityEvents: events.map(exported),
    emailPreferences: email.preferences.map(exported),
    emailConsents: email.consents.map(exported),
  };
}
