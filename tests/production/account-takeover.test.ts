import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_AUTH_SECRET } from '@/lib/config/environment';
import { attemptSignIn, baseUrl, createAccount, query, sessionUser, signIn } from './harness';
import { ADMIN } from './servers';

async function adminId(): Promise<string> {
  const [row] = await query({ sql: 'SELECT id FROM users WHERE email = ?', args: [ADMIN.email] });
  return String(row!.id);
}

describe('an anonymous attacker cannot take over the admin', () => {
  it('has no outbox to read a reset link from: /dev/outbox is a 404 in the production build', async () => {
    const outbox = await fetch(`${baseUrl()}/dev/outbox`);
    expect(outbox.status).toBe(404);
    const body = await outbox.text();
    expect(body).not.toContain('reset-password?token=');
    // Even signed in as the admin: the page does not exist outside `next dev`.
    const cookie = await signIn(ADMIN.email, ADMIN.password);
    expect((await fetch(`${baseUrl()}/dev/outbox`, { headers: { cookie } })).status).toBe(404);
  });

  it('cannot forge a session with the public development secret', async () => {
    const uid = await adminId();
    const now = Date.now();
    const claims = {
      uid,
      sid: 'forged',
      sv: 1,
      authTime: now,
      role: 'admin',
      email: ADMIN.email,
      name: 'x',
      sub: uid,
    };
    for (const cookieName of ['next-auth.session-token', '__Secure-next-auth.session-token']) {
      const token = await encode({ token: claims, secret: DEVELOPMENT_AUTH_SECRET });
      const cookie = `${cookieName}=${token}`;
      expect(await sessionUser(cookie)).toBeNull();
      expect((await fetch(`${baseUrl()}/api/account/export`, { headers: { cookie } })).status).toBe(401);
      const admin = await fetch(`${baseUrl()}/admin/users`, { headers: { cookie }, redirect: 'manual' });
      expect(admin.status).toBe(307);
      expect(admin.headers.get('location')).toContain('/sign-in');
    }
  });

  it('a learner cannot reach the admin pages or another learner’s data', async () => {
    const learner = await createAccount('learner');
    const cookie = await signIn(learner.email, learner.password);
    expect((await fetch(`${baseUrl()}/admin/users`, { headers: { cookie } })).status).toBe(403);
    const attempt = await attemptSignIn(learner.email, 'wrong password');
    expect(attempt.cookie).toBeNull();
  });
});
