import { describe, expect, it } from 'vitest';
import { baseUrl, createAccount, query, server, signIn } from './harness';

/**
 * /api/cron runs the background jobs for hosts that call a URL on a schedule. Only the holder of
 * CRON_SECRET may: no session of any role, no forged or missing token, no token where none is set.
 */
const cron = (init: RequestInit = {}, name: 'direct' | 'proxied' = 'direct') =>
  fetch(`${baseUrl(name)}/api/cron`, { redirect: 'manual', ...init });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('/api/cron', () => {
  it('runs the due jobs for the scheduler token, by GET (Vercel Cron) and by POST', async () => {
    const secret = server('direct').cronSecret!;
    const byGet = await cron({ headers: bearer(secret) });
    expect(byGet.status).toBe(200);
    const body = (await byGet.json()) as { ok: boolean; data: { ran: number; failed: number } };
    expect(body.ok).toBe(true);
    expect(body.data.failed).toBe(0);
    // The recurring jobs exist and are scheduled ahead.
    const open = await query("SELECT kind FROM jobs WHERE status = 'queued' ORDER BY kind");
    expect(open.map((row) => row.kind)).toEqual([
      'accounts.erase-due',
      'email.deliver',
      'email.digests',
      'jobs.prune',
      'review.catch-up',
    ]);

    const byPost = await cron({ method: 'POST', headers: bearer(secret) });
    expect(byPost.status).toBe(200);
  });

  it('refuses a missing, wrong or malformed token, and a signed-in admin without it', async () => {
    const secret = server('direct').cronSecret!;
    const admin = await createAccount('admin');
    const adminCookie = await signIn(admin.email, admin.password);
    const refused: RequestInit[] = [
      {},
      { headers: bearer(`${secret}x`) },
      { headers: bearer(secret.slice(0, -1)) },
      { headers: { authorization: secret } },
      { headers: { authorization: `Basic ${secret}` } },
      { headers: { cookie: adminCookie } },
      { method: 'POST', headers: { cookie: adminCookie, origin: baseUrl() } },
    ];
    for (const init of refused) {
      const response = await cron(init);
      expect(response.status, JSON.stringify(init)).toBe(401);
    }
  });

  it('answers nobody on a server without CRON_SECRET', async () => {
    expect((await cron({ headers: bearer('anything-at-all') }, 'proxied')).status).toBe(401);
    expect((await cron({ headers: bearer('') }, 'proxied')).status).toBe(401);
  });
});
