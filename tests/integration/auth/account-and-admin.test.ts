import { describe, expect, it } from 'vitest';
import { authenticateWithPassword } from '@/server/accounts/authenticate';
import { exportUserData } from '@/server/accounts/export';
import { changePassword, updateProfile } from '@/server/accounts/profile';
import { changeUserRole, listUsers, setUserDisabled } from '@/server/admin/users';
import { resolveSessionUser, SESSION_MAX_LIFETIME_MS } from '@/server/auth/session-user';
import { ctx } from '../../helpers/context';
import { countRows, testDatabase } from '../../helpers/database';
import { createUser, FACTORY_PASSWORD } from '../../helpers/factories';
import { auditActions } from '../../helpers/outbox';
import { saveAnswer } from '@/server/attempts/answers';
import { startMockExam } from '@/server/attempts/start';
import { submitAttempt } from '@/server/attempts/submit';
import { createReport } from '@/server/studio/reports';
import { openSession } from '@/server/auth/sessions';
import { at, minutes, T0 } from '../../helpers/time';
import { keysOf } from '../attempts/helpers';

async function claimsOf(userId: string) {
  const result = await testDatabase().client.execute({
    sql: 'SELECT session_version FROM users WHERE id = ?',
    args: [userId],
  });
  const sid = await openSession(userId, { ip: null, userAgent: null }, Date.now());
  return { uid: userId, sid, sv: Number(result.rows[0]?.session_version), authTime: Date.now() };
}

describe('sessions', () => {
  it('end when the user is disabled, their role changes, or the absolute lifetime passes', async () => {
    const admin = await createUser({ role: 'admin' });
    const user = await createUser();
    const claims = await claimsOf(user.id);
    expect((await resolveSessionUser(claims, Date.now())).user).toMatchObject({
      id: user.id,
      role: 'learner',
    });
    expect((await resolveSessionUser(claims, claims.authTime + SESSION_MAX_LIFETIME_MS + 1)).verdict).toBe(
      'expired',
    );

    expect((await changeUserRole(admin, { userId: user.id, role: 'moderator' }, ctx())).ok).toBe(true);
    expect((await resolveSessionUser(claims, Date.now())).verdict).toBe('revoked');

    const fresh = await claimsOf(user.id);
    expect((await resolveSessionUser(fresh, Date.now())).user?.role).toBe('moderator');
    expect((await setUserDisabled(admin, { userId: user.id }, true, ctx())).ok).toBe(true);
    expect((await resolveSessionUser(await claimsOf(user.id), Date.now())).verdict).toBe('disabled');
    expect(await auditActions(user.id)).toEqual(['admin.role_changed', 'admin.user_disabled']);

    expect((await setUserDisabled(admin, { userId: user.id }, false, ctx())).ok).toBe(true);
    expect((await resolveSessionUser(await claimsOf(user.id), Date.now())).verdict).toBe('valid');
  });
});

describe('account self-service', () => {
  it('updates the name and validates it', async () => {
    const user = await createUser();
    expect(await updateProfile(user, { name: '  Grace Hopper ' }, ctx())).toEqual({
      ok: true,
      data: { name: 'Grace Hopper' },
    });
    const bad = await updateProfile(user, { name: '' }, ctx());
    expect(bad.ok).toBe(false);
    const row = await testDatabase().client.execute({
      sql: 'SELECT name FROM users WHERE id = ?',
      args: [user.id],
    });
    expect(row.rows[0]?.name).toBe('Grace Hopper');
  });

  it('changes the password only with the current one, and ends sessions', async () => {
    const user = await createUser();
    const claims = await claimsOf(user.id);
    const wrong = await changePassword(
      user,
      { currentPassword: 'nope', newPassword: 'next passphrase', confirm: 'next passphrase' },
      ctx(),
    );
    expect(wrong.ok === false && wrong.fieldErrors?.currentPassword).toBeTruthy();
    const done = await changePassword(
      user,
      { currentPassword: FACTORY_PASSWORD, newPassword: 'next passphrase', confirm: 'next passphrase' },
      ctx(),
    );
    expect(done.ok).toBe(true);
    expect((await resolveSessionUser(claims, Date.now())).verdict).toBe('revoked');
    expect(
      (await authenticateWithPassword({ email: user.email, password: 'next passphrase' }, ctx())).ok,
    ).toBe(true);
    expect(await auditActions(user.id)).toContain('auth.password_changed');
  });

  it('exports the user’s own data without secrets', async () => {
    const user = await createUser({ name: 'Exporter' });
    const data = await exportUserData(user, ctx());
    expect(data.profile).toMatchObject({ id: user.id, email: user.email, name: 'Exporter' });
    expect(JSON.stringify(data)).not.toMatch(/argon2|password_hash/);
    expect(data.studySessions).toEqual([]);
    expect(data).toMatchObject({ examTargets: [], emailPreferences: [], emailConsents: [] });
  });

  it('exports attempts, answers, review cards, reviews and reports the user made', async () => {
    const user = await createUser();
    const { id } = await startMockExam(user, { examSlug: 'test-exam' }, T0);
    const [first] = await keysOf(id);
    await saveAnswer(
      user,
      id,
      { position: first!.position, selected: first!.correct, revision: 1 },
      at(minutes(1)),
    );
    await submitAttempt(user, id, at(minutes(2)));
    await createReport(user, { questionId: first!.questionId, reason: 'typo', details: 'Teh stem' }, ctx());
    const data = await exportUserData(user, ctx());
    expect(data.studySessions).toEqual([expect.objectContaining({ id, mode: 'mock', status: 'submitted' })]);
    expect(data.answers).toEqual([
      expect.objectContaining({ question_id: first!.questionId, selected: first!.correct, is_correct: 1 }),
    ]);
    expect(data.reviewCards).toEqual([expect.objectContaining({ question_id: first!.questionId, reps: 1 })]);
    expect(data.reviews).toEqual([
      expect.objectContaining({ question_id: first!.questionId, kind: 'session', rating: 3, session_id: id }),
    ]);
    expect(data.questionReports).toEqual([
      expect.objectContaining({
        question_id: first!.questionId,
        reason: 'typo',
        details: 'Teh stem',
        status: 'open',
      }),
    ]);
    // The file's format: times as ISO strings (null when unset), flags as 0/1.
    const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(data.profile).toMatchObject({ email_verified_at: iso, created_at: iso, updated_at: iso });
    expect(data.studySessions[0]).toMatchObject({
      started_at: T0.toISOString(),
      deadline_at: iso,
      submitted_at: iso,
      passed: expect.toBeOneOf([0, 1]),
    });
    expect(data.answers[0]).toMatchObject({ answered_at: at(minutes(1)).toISOString() });
    expect(data.reviewCards[0]).toMatchObject({ suspended: 0, due: iso, last_review: iso, created_at: iso });
    expect(data.reviews[0]).toMatchObject({ is_correct: 1, reviewed_at: iso, due: iso });
    expect(data.questionReports[0]).toMatchObject({ created_at: iso, resolved_at: null });
    const again = await exportUserData(user, ctx());
    expect(again.securityEvents).toEqual([
      expect.objectContaining({ action: 'account.exported', created_at: iso }),
    ]);
  });
});

describe('admin user management', () => {
  it('lists and searches users, paginated', async () => {
    const admin = await createUser({ role: 'admin' });
    await createUser({ email: 'findable-person@example.com', name: 'Findable' });
    const found = await listUsers(admin, { q: 'findable' });
    expect(found.users.map((u) => u.email)).toEqual(['findable-person@example.com']);
    expect(found.total).toBe(1);
    const percent = await listUsers(admin, { q: '%' });
    expect(percent.total).toBe(0);
  });

  it('refuses changes to the admin’s own account and to unknown users, changing nothing', async () => {
    const admin = await createUser({ role: 'admin' });
    expect((await changeUserRole(admin, { userId: admin.id, role: 'learner' }, ctx())).ok).toBe(false);
    expect((await setUserDisabled(admin, { userId: admin.id }, true, ctx())).ok).toBe(false);
    const ghost = '00000000-0000-4000-8000-000000000000';
    expect((await changeUserRole(admin, { userId: ghost, role: 'admin' }, ctx())).ok).toBe(false);
    expect((await setUserDisabled(admin, { userId: ghost }, true, ctx())).ok).toBe(false);
    expect((await changeUserRole(admin, { userId: 'not-a-uuid', role: 'admin' }, ctx())).ok).toBe(false);
    expect((await changeUserRole(admin, { userId: ghost, role: 'superuser' }, ctx())).ok).toBe(false);
    expect(await countRows('audit_log', { where: 'actor_id = ?', args: [admin.id] })).toBe(0);
  });
});
