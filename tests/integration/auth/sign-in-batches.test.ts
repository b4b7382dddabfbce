import { describe, expect, it } from 'vitest';
import type { JWT } from 'next-auth/jwt';
import type { CredentialsConfig } from 'next-auth/providers/credentials';
import { ACCOUNT_SIGN_IN_POLICY, IP_SIGN_IN_POLICY } from '@/lib/security/rate-limit-policy';
import { authenticateWithPassword, type AuthenticateResult } from '@/server/accounts/authenticate';
import { authOptions } from '@/server/auth/options';
import { countRows, rows, tableRows, testDatabase } from '../../helpers/database';
import { createUser, FACTORY_PASSWORD } from '../../helpers/factories';
import { auditActions } from '../../helpers/outbox';

// Sign-in in two round trips (issue 17): the reservation of both limits and the account read in one
// batch, the outcome's writes (session included) in another. These prove the limits and the
// "a refused or wrong sign-in changes nothing it should not" rules still hold.

let ipCounter = 0;
const freshIp = () => `198.18.0.${(ipCounter += 1)}`;

const signIn = (email: string, password: string, ip: string, now: number, userAgent?: string) =>
  authenticateWithPassword({ email, password }, { ip, now, userAgent });

const count = (results: AuthenticateResult[], reason: string) =>
  results.filter((r) => (r.ok ? 'ok' : r.reason) === reason).length;

const slots = (bucket: string, key: string) =>
  countRows('throttle_events', { where: 'bucket = ? AND key = ?', args: [bucket, key] });

const failuresAudited = (userId: string) =>
  countRows('audit_log', { where: "action = 'auth.sign_in_failed' AND target_id = ?", args: [userId] });

const sessionsOf = (userId: string) => countRows('sessions', { where: 'user_id = ?', args: [userId] });

/** Slots recorded earlier (another instance, or earlier failures), straight into the table. */
async function recordSlots(bucket: string, key: string, times: number, at: number) {
  await testDatabase().client.batch(
    Array.from({ length: times }, () => ({
      sql: 'INSERT INTO throttle_events (bucket, key, at) VALUES (?, ?, ?)',
      args: [bucket, key, at],
    })),
    'write',
  );
}

describe('sign-in limits under parallel requests', () => {
  it(`20 parallel wrong passwords at one instant: only the ${ACCOUNT_SIGN_IN_POLICY.freeAttempts} free failures are checked, the rest leave no trace`, async () => {
    const user = await createUser();
    const ip = freshIp();
    const now = Date.now();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(user.email, `guess-${i}`, ip, now)),
    );
    const free = ACCOUNT_SIGN_IN_POLICY.freeAttempts;
    expect(count(results, 'invalid')).toBe(free);
    expect(count(results, 'rate_limited')).toBe(20 - free);
    expect(await failuresAudited(user.id)).toBe(free);
    expect(await slots('sign-in:account', user.email)).toBe(free);
    // A refusal by the account limit takes no slot of the IP limit either (all or nothing).
    expect(await slots('sign-in:ip', ip)).toBe(free);
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it(`20 parallel wrong passwords spread over the window: never more than the ${ACCOUNT_SIGN_IN_POLICY.maxFailures} the account allows`, async () => {
    const user = await createUser();
    const ip = freshIp();
    const start = Date.now();
    // 40 s apart: past every growing delay, all 20 inside the 15-minute window.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(user.email, `guess-${i}`, ip, start + i * 40_000)),
    );
    const checked = count(results, 'invalid');
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(ACCOUNT_SIGN_IN_POLICY.maxFailures);
    expect(count(results, 'rate_limited')).toBe(20 - checked);
    expect(await failuresAudited(user.id)).toBe(checked);
    expect(await slots('sign-in:account', user.email)).toBe(checked);
  });

  it(`30 parallel guesses at different emails from one IP: only the IP's ${IP_SIGN_IN_POLICY.freeAttempts} free failures are checked`, async () => {
    const ip = freshIp();
    const now = Date.now();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn(`spray-batch-${i}@example.com`, 'guess', ip, now)),
    );
    expect(count(results, 'invalid')).toBe(IP_SIGN_IN_POLICY.freeAttempts);
    expect(count(results, 'rate_limited')).toBe(30 - IP_SIGN_IN_POLICY.freeAttempts);
    expect(await slots('sign-in:ip', ip)).toBe(IP_SIGN_IN_POLICY.freeAttempts);
    const accountSlots = await rows(
      "SELECT count(*) AS n FROM throttle_events WHERE bucket = 'sign-in:account' AND key LIKE 'spray-batch-%'",
    );
    expect(Number(accountSlots[0]?.n)).toBe(IP_SIGN_IN_POLICY.freeAttempts);
  });

  it('the right password in a burst of wrong ones: only a sign-in that succeeded has a session', async () => {
    const user = await createUser();
    const ip = freshIp();
    const now = Date.now();
    const burst = [...Array.from({ length: 9 }, (_, i) => `guess-${i}`), FACTORY_PASSWORD];
    const results = await Promise.all(burst.map((password) => signIn(user.email, password, ip, now)));
    const succeeded = results.filter((r) => r.ok);
    expect(succeeded.length).toBeLessThanOrEqual(1);
    expect(count(results, 'invalid') + succeeded.length).toBeLessThanOrEqual(
      ACCOUNT_SIGN_IN_POLICY.freeAttempts,
    );
    const sessions = await rows('SELECT id FROM sessions WHERE user_id = ?', [user.id]);
    expect(sessions.map((s) => s.id)).toEqual(succeeded.map((r) => (r.ok ? r.sessionId : null)));
  });
});

describe('what a sign-in writes', () => {
  it('a refused sign-in changes nothing, and says when to come back', async () => {
    const user = await createUser();
    const ip = freshIp();
    const now = Date.now();
    await recordSlots('sign-in:account', user.email, ACCOUNT_SIGN_IN_POLICY.maxFailures, now - 60_000);
    const tables = ['throttle_events', 'audit_log', 'sessions', 'users', 'email_outbox'];
    const before = await tableRows(tables);
    expect(await signIn(user.email, FACTORY_PASSWORD, ip, now)).toEqual({
      ok: false,
      reason: 'rate_limited',
      retryAfterMs: ACCOUNT_SIGN_IN_POLICY.windowMs - 60_000,
    });
    expect(await tableRows(tables)).toEqual(before);
  });

  it('a full IP limit refuses without taking the account a slot', async () => {
    const user = await createUser();
    const ip = freshIp();
    const now = Date.now();
    await recordSlots('sign-in:ip', ip, IP_SIGN_IN_POLICY.maxFailures, now - 60_000);
    expect(await signIn(user.email, 'wrong password', ip, now)).toMatchObject({ reason: 'rate_limited' });
    expect(await slots('sign-in:account', user.email)).toBe(0);
    expect(await failuresAudited(user.id)).toBe(0);
  });

  it('a wrong password keeps its slots, audits the failure and opens no session', async () => {
    const user = await createUser();
    const ip = freshIp();
    expect(await signIn(user.email, 'wrong password', ip, Date.now())).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await slots('sign-in:account', user.email)).toBe(1);
    expect(await slots('sign-in:ip', ip)).toBe(1);
    expect(await auditActions(user.id)).toEqual(['auth.sign_in_failed']);
    expect(await sessionsOf(user.id)).toBe(0);
  });

  it('the right password opens the session in its own batch, clears the failures and cancels a scheduled deletion', async () => {
    const user = await createUser();
    const ip = freshIp();
    const now = Date.now();
    await recordSlots('sign-in:account', user.email, 2, now - 60_000);
    await testDatabase().client.execute({
      sql: 'INSERT INTO account_deletions (user_id, requested_at, scheduled_for) VALUES (?, ?, ?)',
      args: [user.id, now - 1_000, now + 30 * 86_400_000],
    });
    const result = await signIn(user.email, FACTORY_PASSWORD, ip, now, 'Test browser/1.0');
    expect(result).toMatchObject({ ok: true, user: { id: user.id, email: user.email } });
    const sessionId = result.ok ? result.sessionId : '';
    expect(
      await rows('SELECT user_id, ip, user_agent, revoked_at FROM sessions WHERE id = ?', [sessionId]),
    ).toEqual([{ user_id: user.id, ip, user_agent: 'Test browser/1.0', revoked_at: null }]);
    expect(await slots('sign-in:account', user.email)).toBe(0);
    expect(await slots('sign-in:ip', ip)).toBe(0);
    expect(await auditActions(user.id)).toEqual(['auth.sign_in', 'account.deletion_cancelled']);
    const [deletion] = await rows('SELECT cancelled_at FROM account_deletions WHERE user_id = ?', [user.id]);
    expect(deletion?.cancelled_at).toBe(now);
  });

  it('next-auth carries the session the sign-in opened into the token, without opening another', async () => {
    const user = await createUser();
    const provider = authOptions.providers[0] as unknown as { options: CredentialsConfig };
    const authorize = provider.options.authorize;
    const appUser = await authorize({ email: user.email, password: FACTORY_PASSWORD }, {
      headers: { 'user-agent': 'Test browser/2.0' },
    } as unknown as Parameters<typeof authorize>[1]);
    const jwt = authOptions.callbacks!.jwt!;
    const token = await jwt({ token: {} as JWT, user: appUser!, account: null } as Parameters<typeof jwt>[0]);
    expect(token.sid).toEqual(expect.any(String));
    expect(appUser).toMatchObject({ id: user.id, sessionId: token.sid });
    expect(await rows('SELECT id, user_agent FROM sessions WHERE user_id = ?', [user.id])).toEqual([
      { id: token.sid, user_agent: 'Test browser/2.0' },
    ]);
  });
});
