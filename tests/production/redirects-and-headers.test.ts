import { describe, expect, it } from 'vitest';
import { attemptSignIn, baseUrl, cookiesOf, createAccount, signIn } from './harness';

const HOSTILE_CALLBACKS = [
  '/%09/evil.example/p',
  '/\t/evil.example/p',
  '//evil.example',
  '/%2F%2Fevil.example',
  '/\\evil.example',
  '/%5Cevil.example',
  'https://evil.example/p',
  'javascript:alert(document.cookie)',
  '/%0d%0aLocation:%20https://evil.example',
];

function sameOrigin(location: string | null, base: string): boolean {
  if (!location) return false;
  // Browsers drop tabs and newlines before they resolve a Location: judge it the same way.
  return new URL(location.replace(/[\t\n\r]/g, ''), base).origin === new URL(base).origin;
}

describe('return paths stay on this site', () => {
  it('a signed-in user sent to /sign-in?callbackUrl=<hostile> is redirected to a path of this site', async () => {
    const learner = await createAccount('learner');
    const cookie = await signIn(learner.email, learner.password);
    for (const callbackUrl of HOSTILE_CALLBACKS) {
      const response = await fetch(`${baseUrl()}/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`, {
        headers: { cookie },
        redirect: 'manual',
      });
      expect(response.status, callbackUrl).toBeGreaterThanOrEqual(300);
      expect(
        sameOrigin(response.headers.get('location'), baseUrl()),
        `${callbackUrl} → ${response.headers.get('location')}`,
      ).toBe(true);
    }
  });

  it('signing in with a hostile callbackUrl lands on this site', async () => {
    const learner = await createAccount('learner');
    for (const callbackUrl of HOSTILE_CALLBACKS.slice(0, 4)) {
      const attempt = await attemptSignIn(learner.email, learner.password, { callbackUrl });
      expect(attempt.cookie).not.toBeNull();
      expect(sameOrigin(attempt.url, baseUrl()), `${callbackUrl} → ${attempt.url}`).toBe(true);
    }
  });

  it('an ?error= the attacker wrote is never shown: only the messages of known codes', async () => {
    const page = await (
      await fetch(
        `${baseUrl()}/sign-in?error=${encodeURIComponent('Your account is locked. Call +1 555 0100 now')}`,
      )
    ).text();
    expect(page).not.toContain('Call +1 555 0100');
    expect(page).toContain('Sign-in failed. Please try again.');
  });

  it('the sign-in form posts (never GET): submitted before hydration the password stays out of the URL', async () => {
    const page = await (await fetch(`${baseUrl()}/sign-in`)).text();
    const form = page.match(/<form[^>]*>/)?.[0] ?? '';
    expect(form).toContain('method="post"');
    expect(form).toContain('action="/api/auth/callback/credentials"');
    const signUp = await (await fetch(`${baseUrl()}/sign-up`)).text();
    expect(signUp).toMatch(/<form[^>]*method="post"/);
  });
});

const HEADER_REQUESTS: [string, RequestInit][] = [
  ['/', {}],
  ['/', { headers: { 'Next-Router-Prefetch': '1', RSC: '1' } }],
  ['/exams', { headers: { Purpose: 'prefetch' } }],
  ['/exams', { headers: { RSC: '1' } }],
  ['/no-such-page', {}],
  ['/api/health', {}],
  ['/api/account/export', {}],
];

describe('security headers on every response', () => {
  it.each(HEADER_REQUESTS)('%s %j', async (path, init) => {
    const response = await fetch(`${baseUrl()}${path}`, { ...init, redirect: 'manual' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    // Images only from this site (and configured hosts): no tracking pixels from question markdown.
    expect(csp).toMatch(/img-src 'self' data:(;|$)/);
  });

  it('static files carry the static headers too', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const asset = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
    expect(asset).toBeDefined();
    const response = await fetch(`${baseUrl()}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('behind https (APP_URL https://…)', () => {
  it('cookies are Secure with the __Host-/__Secure- names, and HSTS is on', async () => {
    const base = baseUrl('proxied');
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const setCookies = csrf.headers.getSetCookie();
    expect(setCookies.length).toBeGreaterThan(0);
    for (const header of setCookies) {
      expect(header).toMatch(/^__(Host|Secure)-next-auth\./);
      expect(header).toMatch(/;\s*Secure/i);
      expect(header).toMatch(/;\s*HttpOnly/i);
    }
    expect([...cookiesOf(csrf).keys()]).toContain('__Host-next-auth.csrf-token');
    expect(csrf.headers.get('strict-transport-security')).toBe(
      'max-age=63072000; includeSubDomains; preload',
    );
    const learner = await createAccount('learner', 'proxied');
    const attempt = await attemptSignIn(learner.email, learner.password, { name: 'proxied' });
    expect(attempt.cookie).toMatch(/^__Host-next-auth\.session-token=/);
  });

  it('the session cookie is __Host-, HttpOnly, Secure, SameSite=Lax, Path=/ and has no Domain', async () => {
    const learner = await createAccount('learner', 'proxied');
    const base = baseUrl('proxied');
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${base}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: [...cookiesOf(csrf)].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: new URLSearchParams({
        csrfToken,
        email: learner.email,
        password: learner.password,
        json: 'true',
      }),
    });
    const session = response.headers
      .getSetCookie()
      .find((header) => header.startsWith('__Host-next-auth.session-token='));
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\/(;|$)/);
    expect(session).not.toMatch(/Domain=/i);
  });

  it('static files carry HSTS as well', async () => {
    const base = baseUrl('proxied');
    const html = await (await fetch(`${base}/sign-in`)).text();
    const asset = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
    const response = await fetch(`${base}${asset}`);
    expect(response.headers.get('strict-transport-security')).toContain('max-age=63072000');
  });

  it('a session cookie under another name (plain-http or __Secure-) is not accepted there', async () => {
    const learner = await createAccount('learner', 'proxied');
    const attempt = await attemptSignIn(learner.email, learner.password, { name: 'proxied' });
    for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token']) {
      const downgraded = attempt.cookie!.replace('__Host-next-auth.session-token', name);
      const response = await fetch(`${baseUrl('proxied')}/api/account/export`, {
        headers: { cookie: downgraded },
      });
      expect(response.status, name).toBe(401);
    }
    const genuine = await fetch(`${baseUrl('proxied')}/api/account/export`, {
      headers: { cookie: attempt.cookie! },
    });
    expect(genuine.status).toBe(200);
  });
});
