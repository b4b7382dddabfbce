import 'server-only';
import { appDatabase } from '../db';
import { auditStatement } from '../auth/audit';
import { assertUser, type SessionUser } from '../auth/guards';
import type { RequestContext } from '../request-context';

async function rows(sql: string, userId: string) {
  const result = await appDatabase().client.execute({ sql, args: [userId] });
  return result.rows.map((row) => ({ ...row }));
}

const iso = (ms: unknown) => (typeof ms === 'number' ? new Date(ms).toISOString() : null);

/** Everything we hold about the user, for a JSON download (GDPR art. 15/20). Never the hash. */
export async function exportUserData(actor: SessionUser | null, ctx: RequestContext) {
  const user = assertUser(actor);
  const [profile] = await rows('SELECT id, email, name, role, email_verified_at, created_at, updated_at FROM users WHERE id = ?', user.id);
  const sessions = await rows(
    `SELECT s.id, e.slug AS exam, s.mode, s.status, s.question_count, s.started_at, s.deadline_at, s.submitted_at, s.correct_count, s.score_percent, s.passed
     FROM study_sessions s JOIN exams e ON e.id = s.exam_id WHERE s.user_id = ? ORDER BY s.started_at`,
    user.id,
  );
  const answers = await rows(
    'SELECT session_id, question_id, question_version_id, selected, is_correct, time_spent_ms, answered_at FROM user_answers WHERE user_id = ? ORDER BY answered_at',
    user.id,
  );
  const reviewCards = await rows(
    `SELECT question_id, state, due, stability, difficulty, reps, lapses, last_review, suspended, created_at
     FROM review_cards WHERE user_id = ? ORDER BY question_id`,
    user.id,
  );
  const reviews = await rows(
    `SELECT c.question_id, l.kind, l.session_id, l.rating, l.is_correct, l.time_spent_ms, l.reviewed_at, l.due
     FROM review_logs l JOIN review_cards c ON c.id = l.card_id WHERE l.user_id = ? ORDER BY l.reviewed_at, l.id`,
    user.id,
  );
  const reports = await rows(
    'SELECT question_id, reason, details, status, reply, created_at, resolved_at FROM question_reports WHERE user_id = ? ORDER BY created_at',
    user.id,
  );
  const events = await rows('SELECT action, ip, created_at FROM audit_log WHERE target_type = \'user\' AND target_id = ? ORDER BY created_at', user.id);
  await appDatabase().write((_db, client) =>
    client.execute(auditStatement({ actorId: user.id, action: 'account.exported', targetType: 'user', targetId: user.id, ip: ctx.ip, now: ctx.now })),
  );
  return {
    exportedAt: new Date(ctx.now).toISOString(),
    profile: profile && { ...profile, email_verified_at: iso(profile.email_verified_at), created_at: iso(profile.created_at), updated_at: iso(profile.updated_at) },
    studySessions: sessions.map((s) => ({ ...s, started_at: iso(s.started_at), deadline_at: iso(s.deadline_at), submitted_at: iso(s.submitted_at) })),
    answers: answers.map((a) => ({ ...a, selected: JSON.parse(String(a.selected)) as unknown, answered_at: iso(a.answered_at) })),
    reviewCards: reviewCards.map((c) => ({ ...c, due: iso(c.due), last_review: iso(c.last_review), created_at: iso(c.created_at) })),
    reviews: reviews.map((r) => ({ ...r, reviewed_at: iso(r.reviewed_at), due: iso(r.due) })),
    questionReports: reports.map((r) => ({ ...r, created_at: iso(r.created_at), resolved_at: iso(r.resolved_at) })),
    securityEvents: events.map((e) => ({ ...e, created_at: iso(e.created_at) })),
  };
}
