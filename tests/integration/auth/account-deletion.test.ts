import { beforeEach, describe, expect, it } from 'vitest';
import type { JWT } from 'next-auth/jwt';
import { deletionScheduledFor } from '@/lib/accounts/deletion-schedule';
import { acknowledgeDeletionNotice, deleteAccount } from '@/server/accounts/deletion';
import { eraseDueAccounts } from '@/server/accounts/erase-due-accounts';
import { listPendingDeletions } from '@/server/admin/deletions';
import { authOptions } from '@/server/auth/options';
import { resolveSessionUser } from '@/server/auth/session-user';
import { openSession } from '@/server/auth/sessions';
import { runDueJobs } from '@/server/jobs/run-due-jobs';
import type { SessionUser } from '@/lib/auth/guards';
import { ctx } from '../../helpers/context';
import { countRows, rows, testDatabase } from '../../helpers/database';
import { createAttempt, createReviewCard, createUser, questionBank } from '../../helpers/factories';
import { auditActions, emailsTo } from '../../helpers/outbox';
import { at, days, minutes, T0 } from '../../helpers/time';

const deletionRow = async (userId: string) =>
  (
    await rows('SELECT requested_at, scheduled_for, cancelled_at FROM account_deletions WHERE user_id = ?', [
      userId,
    ])
  )[0];

/** The notice flag as every request reads it: with the session (server/auth/session-user.ts). */
async function noticeOf(user: SessionUser, token: JWT) {
  const claims = { uid: user.id, sid: String(token.sid), sv: 1, authTime: Number(token.authTime) };
  const session = await resolveSessionUser(claims, Date.now());
  expect(session.verdict).toBe('valid');
  return session.deletionCancelled;
}

async function scheduled(user: SessionUser, now = T0) {
  const result = await deleteAccount(user, { confirmEmail: user.email }, ctx({ now: now.getTime() }));
  expect(result.ok).toBe(true);
  return result;
}

/** Signs in the way next-auth does once a provider accepted the user: the jwt callback opens the session. */
async function signInThroughNextAuth(user: SessionUser) {
  const jwt = authOptions.callbacks!.jwt!;
  const appUser = { ...user, sessionVersion: 1, ip: '203.0.113.9', userAgent: 'test' };
  return jwt({ token: {} as JWT, user: appUser, account: null } as Parameters<typeof jwt>[0]);
}

/** A learner with history in every table an immediate deletion used to empty. */
async function learnerWithHistory() {
  const user = await createUser();
  const [question] = await questionBank('test-exam');
  const attempt = await createAttempt({ user, answers: [{ question: question!, correct: true }] });
  await createReviewCard({ user, question: question! });
  return { user, attempt };
}

async function historyCounts(userId: string, attempt: string) {
  return {
    users: await countRows('users', { where: 'id = ?', args: [userId] }),
    attempts: await countRows('study_sessions', { where: 'id = ?', args: [attempt] }),
    answers: await countRows('user_answers', { where: 'session_id = ?', args: [attempt] }),
    cards: await countRows('review_cards', { where: 'user_id = ?', args: [userId] }),
    sessions: await countRows('sessions', { where: 'user_id = ?', args: [userId] }),
    deletions: await countRows('account_deletions', { where: 'user_id = ?', args: [userId] }),
  };
}

// Each test counts what the job erased: deletions scheduled by the tests before it are not its own.
beforeEach(async () => {
  await testDatabase().client.execute('DELETE FROM account_deletions');
});

describe('scheduling an account deletion', () => {
  it('needs the email typed exactly, and then only schedules it 30 days ahead', async () => {
    const { user, attempt } = await learnerWithHistory();
    const refused = await deleteAccount(user, { confirmEmail: 'someone@else.com' }, ctx());
    expect(refused).toMatchObject({ ok: false, fieldErrors: { confirmEmail: expect.any(String) } });
    expect(await deletionRow(user.id)).toBeUndefined();

    const result = await deleteAccount(
      user,
      { confirmEmail: user.email.toUpperCase() },
      ctx({ now: T0.getTime() }),
    );
    expect(result).toEqual({ ok: true, data: { scheduledFor: at(days(30)).toISOString() } });
    expect(await deletionRow(user.id)).toEqual({
      requested_at: T0.getTime(),
      scheduled_for: deletionScheduledFor(T0).getTime(),
      cancelled_at: null,
    });
    // Nothing is gone yet.
    expect(await historyCounts(user.id, attempt)).toMatchObject({
      users: 1,
      attempts: 1,
      answers: 1,
      cards: 1,
    });
    expect(await auditActions(user.id)).toContain('account.deletion_scheduled');
  });

  it('ends every session of the account', async () => {
    const user = await createUser();
    const sid = await openSession(user.id, { ip: null, userAgent: null }, T0.getTime());
    const claims = { uid: user.id, sid, sv: 1, authTime: T0.getTime() };
    expect((await resolveSessionUser(claims, T0.getTime())).verdict).toBe('valid');
    await scheduled(user, at(minutes(1)));
    expect((await resolveSessionUser(claims, at(minutes(2)).getTime())).verdict).toBe('revoked');
  });

  it('emails the date and that signing in cancels it', async () => {
    const user = await createUser();
    await scheduled(user);
    const [email] = await emailsTo(user.email);
    expect(email!.subject).toBe('Your PingToPass account will be deleted on 1 April 2026');
    expect(email!.text).toContain('Sign in before then and the deletion is cancelled');
    expect(email!.text).toMatch(/https?:\/\/\S+\/sign-in/);
  });
});

describe('signing in within the 30 days', () => {
  it('cancels the deletion, audited once, and leaves a notice that is shown once', async () => {
    const { user, attempt } = await learnerWithHistory();
    await scheduled(user);
    const token = await signInThroughNextAuth(user);
    expect(token).toMatchObject({ uid: user.id, sid: expect.any(String) });
    expect((await deletionRow(user.id))?.cancelled_at).toEqual(expect.any(Number));
    // A second sign-in has nothing to cancel: no second audit row.
    await openSession(user.id, { ip: null, userAgent: null }, Date.now());
    expect((await auditActions(user.id)).filter((a) => a === 'account.deletion_cancelled')).toHaveLength(1);

    // Past the 30 days the job leaves a cancelled deletion alone.
    expect(await eraseDueAccounts(at(days(31)))).toEqual({ erased: 0 });
    expect(await historyCounts(user.id, attempt)).toMatchObject({ users: 1, attempts: 1, cards: 1 });

    expect(await noticeOf(user, token)).toBe(true);
    expect((await acknowledgeDeletionNotice(user)).ok).toBe(true);
    expect(await noticeOf(user, token)).toBe(false);
  });

  it('acknowledging a notice never removes a pending deletion', async () => {
    const user = await createUser();
    await scheduled(user);
    await acknowledgeDeletionNotice(user);
    expect((await deletionRow(user.id))?.cancelled_at).toBeNull();
    // A session row written behind the sign-in's back (which would have cancelled it): the
    // session read sees a pending deletion, which is no notice.
    const sid = 'session-without-sign-in';
    await testDatabase().client.execute({
      sql: 'INSERT INTO sessions (id, user_id, created_at) VALUES (?, ?, ?)',
      args: [sid, user.id, Date.now()],
    });
    const session = await resolveSessionUser({ uid: user.id, sid, sv: 1, authTime: Date.now() }, Date.now());
    expect(session).toMatchObject({ verdict: 'valid', deletionCancelled: false });
  });
});

describe('the erase job', () => {
  it('keeps the account until the 30 days are over', async () => {
    const { user, attempt } = await learnerWithHistory();
    await scheduled(user);
    expect(await eraseDueAccounts(at(days(30) - minutes(1)))).toEqual({ erased: 0 });
    expect(await historyCounts(user.id, attempt)).toMatchObject({
      users: 1,
      attempts: 1,
      answers: 1,
      cards: 1,
    });
  });

  it('runs as a recurring job and erases the account with everything that was theirs', async () => {
    const { user, attempt } = await learnerWithHistory();
    await openSession(user.id, { ip: null, userAgent: null }, T0.getTime());
    await scheduled(user);
    const due = at(days(30));
    const summary = await runDueJobs({ workerId: 'test-worker', clock: () => due });
    expect(summary.failed).toBe(0);
    expect(await historyCounts(user.id, attempt)).toEqual({
      users: 0,
      attempts: 0,
      answers: 0,
      cards: 0,
      sessions: 0,
      deletions: 0,
    });
    const audit = await rows(
      "SELECT actor_id, details FROM audit_log WHERE target_id = ? AND action = 'account.deleted'",
      [user.id],
    );
    expect(audit).toEqual([{ actor_id: null, details: JSON.stringify({ scheduledFor: due.toISOString() }) }]);
    const [job] = await rows(
      "SELECT status, run_at FROM jobs WHERE kind = 'accounts.erase-due' AND status = 'queued'",
    );
    expect(job).toMatchObject({ status: 'queued' });
    expect(Number(job!.run_at)).toBeGreaterThan(due.getTime());
  });

  it('is harmless to run again, or twice at once', async () => {
    const first = await createUser();
    const second = await createUser();
    await scheduled(first);
    await scheduled(second, at(minutes(5)));
    const due = at(days(30) + minutes(5));
    const [a, b] = await Promise.all([eraseDueAccounts(due), eraseDueAccounts(due)]);
    expect(a.erased + b.erased).toBe(2);
    expect(await eraseDueAccounts(at(days(31)))).toEqual({ erased: 0 });
    for (const user of [first, second]) {
      expect(await countRows('users', { where: 'id = ?', args: [user.id] })).toBe(0);
      expect((await auditActions(user.id)).filter((a) => a === 'account.deleted')).toHaveLength(1);
    }
  });

  it('erases only the due accounts, the earliest first', async () => {
    const early = await createUser();
    const late = await createUser();
    await scheduled(early);
    await scheduled(late, at(days(2)));
    expect(await eraseDueAccounts(at(days(31)))).toEqual({ erased: 1 });
    expect(await countRows('users', { where: 'id = ?', args: [early.id] })).toBe(0);
    expect(await countRows('users', { where: 'id = ?', args: [late.id] })).toBe(1);
  });
});

describe('pending deletions for admins', () => {
  it('lists email, requested and scheduled times of pending deletions only', async () => {
    const admin = await createUser({ role: 'admin' });
    const pending = await createUser();
    const cancelled = await createUser();
    await scheduled(pending);
    await scheduled(cancelled);
    await openSession(cancelled.id, { ip: null, userAgent: null }, Date.now());
    const { deletions } = await listPendingDeletions(admin);
    const mine = deletions.filter((d) => [pending.id, cancelled.id].includes(d.userId));
    expect(mine).toEqual([
      {
        userId: pending.id,
        email: pending.email,
        requestedAt: T0.getTime(),
        scheduledFor: at(days(30)).getTime(),
      },
    ]);
  });
});
