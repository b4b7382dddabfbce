import { describe, expect, it } from 'vitest';
import { baseUrl, cookieHeader, cookiesOf, createAccount, query, sessionUser, signIn } from './harness';

async function signOut(cookie: string): Promise<Response> {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { cookie } });
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return fetch(`${baseUrl()}/api/auth/signout`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: `${cookie}; ${cookieHeader(jar)}`,
    },
    body: new URLSearchParams({ csrfToken, json: 'true' }),
  });
}

describe('sessions end on the server', () => {
  it('a cookie copied before sign-out no longer works after it', async () => {
    const learner = await createAccount('learner');
    const cookie = await signIn(learner.email, learner.password);
    expect(await sessionUser(cookie)).toMatchObject({ id: learner.id });
    expect((await fetch(`${baseUrl()}/api/account/export`, { headers: { cookie } })).status).toBe(200);

    expect((await signOut(cookie)).status).toBeLessThan(400);

    expect(await sessionUser(cookie)).toBeNull();
    expect((await fetch(`${baseUrl()}/api/account/export`, { headers: { cookie } })).status).toBe(401);
    const account = await fetch(`${baseUrl()}/account`, { headers: { cookie }, redirect: 'manual' });
    expect(account.status).toBe(307);
    const [row] = await query({
      sql: 'SELECT count(*) AS n FROM sessions WHERE user_id = ? AND revoked_at IS NOT NULL',
      args: [learner.id],
    });
    expect(Number(row!.n)).toBe(1);
  });

  it('signing out one device leaves the others signed in', async () => {
    const learner = await createAccount('learner');
    const laptop = await signIn(learner.email, learner.password);
    const phone = await signIn(learner.email, learner.password);
    await signOut(laptop);
    expect(await sessionUser(laptop)).toBeNull();
    expect(await sessionUser(phone)).toMatchObject({ id: learner.id });
  });

  it('a disabled account’s cookie stops working on the next request', async () => {
    const learner = await createAccount('learner');
    const cookie = await signIn(learner.email, learner.password);
    await query({
      sql: 'UPDATE users SET disabled_at = ?, session_version = session_version + 1 WHERE id = ?',
      args: [Date.now(), learner.id],
    });
    expect(await sessionUser(cookie)).toBeNull();
  });
});
