import { openSession } from '@/server/auth/sessions';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT_SIGN_IN_POLICY } from '@/lib/security/rate-limit-policy';
import { authenticateWithPassword } from '@/server/accounts/authenticate';
import { requestPasswordReset, resetPassword, RESET_REQUESTED } from '@/server/accounts/password-reset';
import { resolveSessionUser } from '@/server/auth/session-user';
import { ctx } from '../../helpers/context';
import { testDatabase } from '../../helpers/database';
import { createUser, FACTORY_PASSWORD } from '../../helpers/factories';
import { auditActions, emailsTo, latestTokenFor } from '../../helpers/outbox';

let ipCounter = 0;
// Each test file run gets fresh addresses so per-IP limits of one test never leak into another.
const freshIp = () => `203.0.113.${(ipCounter += 1)}`;
let currentIp = freshIp();
const signIn = (email: string, password: string, ip = currentIp, now = Date.now()) =>
  authenticateWithPassword({ email, password }, { ip, now });

async function sessionVersion(userId: string): Promise<number> {
  const result = await testDatabase().client.execute({
    sql: 'SELECT session_version FROM users WHERE id = ?',
    args: [userId],
  });
  return Number(result.rows[0]?.session_version);
}

describe('password reset', () => {
  it('answers the same whether or not the account exists, and emails only real accounts', async () => {
    const user = await createUser();
    const known = await requestPasswordReset({ email: user.email }, ctx());
    const unknown = await requestPasswordReset({ email: 'nobody@example.com' }, ctx());
    expect(known).toEqual({ ok: true, data: { message: RESET_REQUESTED } });
    expect(unknown).toEqual(known);
    expect(await emailsTo(user.email)).toHaveLength(1);
    expect(await emailsTo('nobody@example.com')).toHaveLength(0);
  });

  it('sets the new password, ends all sessions, is single use, and a newer link voids the older', async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email }, ctx());
    const older = await latestTokenFor(user.email, '/reset-password');
    await requestPasswordReset({ email: user.email }, ctx());
    const newer = await latestTokenFor(user.email, '/reset-password');
    expect(
      (
        await resetPassword(
          { token: older, password: 'fresh passphrase', confirm: 'fresh passphrase' },
          ctx(),
        )
      ).ok,
    ).toBe(false);

    const versionBefore = await sessionVersion(user.id);
    const claims = {
      uid: user.id,
      sid: await openSession(user.id, { ip: null, userAgent: null }, Date.now()),
      sv: versionBefore,
      authTime: Date.now(),
    };
    expect((await resolveSessionUser(claims, Date.now())).verdict).toBe('valid');

    const done = await resetPassword(
      { token: newer, password: 'fresh passphrase', confirm: 'fresh passphrase' },
      ctx(),
    );
    expect(done.ok).toBe(true);
    expect(await sessionVersion(user.id)).toBe(versionBefore + 1);
    expect((await resolveSessionUser(claims, Date.now())).verdict).toBe('revoked');
    expect((await signIn(user.email, FACTORY_PASSWORD)).ok).toBe(false);
    expect((await signIn(user.email, 'fresh passphrase')).ok).toBe(true);
    expect(
      (
        await resetPassword(
          { token: newer, password: 'other passphrase', confirm: 'other passphrase' },
          ctx(),
        )
      ).ok,
    ).toBe(false);
    expect(await auditActions(user.id)).toContain('auth.password_reset');
  });

  it('expires after 30 minutes', async () => {
    const user = await createUser();
    const start = Date.now();
    await requestPasswordReset({ email: user.email }, ctx({ now: start }));
    const token = await latestTokenFor(user.email, '/reset-password');
    const late = await resetPassword(
      { token, password: 'fresh passphrase', confirm: 'fresh passphrase' },
      ctx({ now: start + 30 * 60 * 1000 + 1 }),
    );
    expect(late.ok).toBe(false);
  });

  it('rejects a weak or mismatched new password with field errors and changes nothing', async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email }, ctx());
    const token = await latestTokenFor(user.email, '/reset-password');
    const weak = await resetPassword({ token, password: 'password1', confirm: 'password1' }, ctx());
    expect(weak.ok === false && weak.fieldErrors?.password).toMatch(/too common/);
    const mismatch = await resetPassword(
      { token, password: 'fresh passphrase', confirm: 'fresh passphrasf' },
      ctx(),
    );
    expect(mismatch.ok === false && mismatch.fieldErrors?.confirm).toMatch(/do not match/);
    expect((await signIn(user.email, FACTORY_PASSWORD)).ok).toBe(true);
  });

  it('is limited to 3 requests per 15 minutes per account', async () => {
    const user = await createUser();
    for (let i = 0; i < 3; i += 1)
      expect((await requestPasswordReset({ email: user.email }, ctx())).ok).toBe(true);
    const fourth = await requestPasswordReset({ email: user.email }, ctx());
    expect(fourth.ok === false && fourth.error).toMatch(/Too many reset requests/);
    expect(await emailsTo(user.email)).toHaveLength(3);
  });
});

describe('sign-in rate limits', () => {
  beforeEach(() => {
    currentIp = freshIp();
  });

  it('locks an account after 5 failures in 15 minutes, with growing delays before that', async () => {
    const user = await createUser();
    const start = Date.now();
    let now = start;
    for (let i = 0; i < 3; i += 1)
      expect(await signIn(user.email, 'wrong password', undefined, (now += 10))).toEqual({
        ok: false,
        reason: 'invalid',
      });
    // From the 3rd failure on, the next try must wait (1 s, then 2 s).
    const tooSoon = await signIn(user.email, FACTORY_PASSWORD, undefined, (now += 10));
    expect(tooSoon).toMatchObject({ ok: false, reason: 'rate_limited' });
    now += 1_000;
    expect(await signIn(user.email, 'wrong password', undefined, now)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    now += 2_000;
    expect(await signIn(user.email, 'wrong password', undefined, now)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    // 5 failures: locked for the rest of the window, even with the right password.
    now += 60_000;
    const locked = await signIn(user.email, FACTORY_PASSWORD, undefined, now);
    expect(locked).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(
      await signIn(user.email, FACTORY_PASSWORD, undefined, now + ACCOUNT_SIGN_IN_POLICY.windowMs),
    ).toMatchObject({ ok: true });
  });

  it('holds per IP across accounts (password spraying) and counts unknown emails too', async () => {
    const ip = '192.0.2.99';
    let now = Date.now();
    for (let i = 0; i < 20; i += 1) {
      const result = await signIn(`spray-${i}@example.com`, 'guess', ip, (now += 11_000));
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
    const user = await createUser();
    expect(await signIn(user.email, FACTORY_PASSWORD, ip, (now += 11_000))).toMatchObject({
      ok: false,
      reason: 'rate_limited',
    });
    expect(await signIn(user.email, FACTORY_PASSWORD, '192.0.2.100', now)).toMatchObject({ ok: true });
  });

  it('does not block the reset flow, and a reset lifts the lockout', async () => {
    const user = await createUser();
    let now = Date.now();
    for (let i = 0; i < 5; i += 1) await signIn(user.email, 'wrong', undefined, (now += 40_000));
    expect(await signIn(user.email, FACTORY_PASSWORD, undefined, (now += 1))).toMatchObject({
      reason: 'rate_limited',
    });
    expect((await requestPasswordReset({ email: user.email }, ctx({ now }))).ok).toBe(true);
    const token = await latestTokenFor(user.email, '/reset-password');
    expect(
      (
        await resetPassword(
          { token, password: 'fresh passphrase', confirm: 'fresh passphrase' },
          ctx({ now }),
        )
      ).ok,
    ).toBe(true);
    expect(await signIn(user.email, 'fresh passphrase', undefined, now + 1)).toMatchObject({ ok: true });
  });

  it('audits successes and failures with the IP', async () => {
    const user = await createUser();
    await signIn(user.email, 'wrong', '192.0.2.5');
    await signIn(user.email, FACTORY_PASSWORD, '192.0.2.5', Date.now() + 10);
    const rows = await testDatabase().client.execute({
      sql: 'SELECT action, ip FROM audit_log WHERE target_id = ? ORDER BY id',
      args: [user.id],
    });
    expect(rows.rows.map((r) => [r.action, r.ip])).toEqual([
      ['auth.sign_in_failed', '192.0.2.5'],
      ['auth.sign_in', '192.0.2.5'],
    ]);
  });

  it('a disabled user cannot sign in', async () => {
    const user = await createUser({ disabled: true });
    expect(await signIn(user.email, FACTORY_PASSWORD)).toEqual({ ok: false, reason: 'disabled' });
  });
});
