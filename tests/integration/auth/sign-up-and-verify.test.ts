import { describe, expect, it } from 'vitest';
import { authenticateWithPassword } from '@/server/accounts/authenticate';
import { signUp, SIGN_UP_DONE } from '@/server/accounts/sign-up';
import { verifyEmail } from '@/server/accounts/verify-email';
import { ctx } from '../../helpers/context';
import { countRows, testDatabase } from '../../helpers/database';
import { auditActions, emailsTo, latestTokenFor } from '../../helpers/outbox';

async function userRow(email: string) {
  const result = await testDatabase().client.execute({
    sql: 'SELECT * FROM users WHERE email = ?',
    args: [email],
  });
  return result.rows[0];
}

describe('sign-up', () => {
  it('creates an unverified learner with an argon2id hash (m=19456, t=2, p=1) and emails a verification link', async () => {
    const result = await signUp(
      { name: 'Ada', email: 'Ada@Example.com', password: 'a long passphrase' },
      ctx(),
    );
    expect(result).toEqual({ ok: true, data: { message: SIGN_UP_DONE } });
    const user = await userRow('ada@example.com');
    expect(user).toMatchObject({ role: 'learner', email_verified_at: null, name: 'Ada' });
    expect(String(user?.password_hash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const emails = await emailsTo('ada@example.com');
    expect(emails).toHaveLength(1);
    expect(emails[0]?.text).toMatch(/\/verify-email\?token=[A-Za-z0-9_-]{43}/);
    expect(await auditActions(String(user?.id))).toEqual(['auth.sign_up']);
  });

  it('rejects bad input with field errors and writes nothing', async () => {
    const before = await countRows('users');
    const result = await signUp({ name: '', email: 'not-an-email', password: 'password123' }, ctx());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['email', 'name', 'password']);
    expect(result.fieldErrors?.password).toMatch(/too common/);
    expect(await countRows('users')).toBe(before);
  });

  it('answers the same for a taken email, creates no second account and tells the owner instead', async () => {
    await signUp({ name: 'First', email: 'taken@example.com', password: 'a long passphrase' }, ctx());
    const again = await signUp(
      { name: 'Second', email: 'taken@example.com', password: 'another passphrase' },
      ctx(),
    );
    expect(again).toEqual({ ok: true, data: { message: SIGN_UP_DONE } });
    const users = await testDatabase().client.execute(
      "SELECT name FROM users WHERE email = 'taken@example.com'",
    );
    expect(users.rows.map((r) => r.name)).toEqual(['First']);
    const subjects = (await emailsTo('taken@example.com')).map((e) => e.subject);
    expect(subjects).toEqual(['Confirm your email for PingToPass', 'You already have a PingToPass account']);
  });
});

describe('email verification', () => {
  it('verifies once: the token is single use and only its hash is stored', async () => {
    await signUp({ name: 'Bo', email: 'bo@example.com', password: 'a long passphrase' }, ctx());
    const token = await latestTokenFor('bo@example.com', '/verify-email');
    const stored = await testDatabase().client.execute('SELECT token_hash FROM auth_tokens');
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(token);

    const first = await verifyEmail(token, ctx());
    expect(first.ok).toBe(true);
    expect((await userRow('bo@example.com'))?.email_verified_at).not.toBeNull();
    const second = await verifyEmail(token, ctx());
    expect(second.ok).toBe(false);
  });

  it('a verification link expires after 24 hours', async () => {
    const start = Date.now();
    await signUp({ name: 'Cy', email: 'cy@example.com', password: 'a long passphrase' }, ctx({ now: start }));
    const token = await latestTokenFor('cy@example.com', '/verify-email');
    expect((await verifyEmail(token, ctx({ now: start + 24 * 60 * 60 * 1000 + 1 }))).ok).toBe(false);
    expect((await verifyEmail(token, ctx({ now: start + 23 * 60 * 60 * 1000 }))).ok).toBe(true);
  });

  it('signing in unverified is refused and sends a fresh link that voids the old one', async () => {
    await signUp({ name: 'Di', email: 'di@example.com', password: 'a long passphrase' }, ctx());
    const oldToken = await latestTokenFor('di@example.com', '/verify-email');
    const attempt = await authenticateWithPassword(
      { email: 'di@example.com', password: 'a long passphrase' },
      ctx(),
    );
    expect(attempt).toEqual({ ok: false, reason: 'unverified' });
    const newToken = await latestTokenFor('di@example.com', '/verify-email');
    expect(newToken).not.toBe(oldToken);
    expect((await verifyEmail(oldToken, ctx())).ok).toBe(false);
    expect((await verifyEmail(newToken, ctx())).ok).toBe(true);
    const signedIn = await authenticateWithPassword(
      { email: 'di@example.com', password: 'a long passphrase' },
      ctx(),
    );
    expect(signedIn.ok).toBe(true);
  });

  it('two concurrent uses of one token: exactly one succeeds', async () => {
    await signUp({ name: 'Ed', email: 'ed@example.com', password: 'a long passphrase' }, ctx());
    const token = await latestTokenFor('ed@example.com', '/verify-email');
    const results = await Promise.all([verifyEmail(token, ctx()), verifyEmail(token, ctx())]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

describe('sign-up limits', () => {
  it('allows 5 sign-ups per hour from one IP, then refuses with a retry time and creates nothing', async () => {
    const now = Date.now();
    const ip = '198.18.0.1';
    for (let i = 0; i < 5; i += 1) {
      expect(
        (
          await signUp(
            { name: 'N', email: `burst-${i}@example.com`, password: 'a long passphrase' },
            { ip, now: now + i },
          )
        ).ok,
      ).toBe(true);
    }
    const sixth = await signUp(
      { name: 'N', email: 'burst-5@example.com', password: 'a long passphrase' },
      { ip, now: now + 10 },
    );
    expect(sixth.ok === false && sixth.error).toMatch(/Too many new accounts.*minutes/);
    expect(await userRow('burst-5@example.com')).toBeUndefined();
    expect(
      (
        await signUp(
          { name: 'N', email: 'burst-6@example.com', password: 'a long passphrase' },
          { ip: '198.18.0.2', now },
        )
      ).ok,
    ).toBe(true);
  });
});
