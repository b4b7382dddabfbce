import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from '@/lib/auth/safe-redirect';
import { DEVELOPMENT_AUTH_SECRET, EnvironmentError, parseEnvironment } from '@/lib/config/environment';
import { resolveClientIp } from '@/lib/security/client-ip';

const STRONG_SECRET = 'c2VjcmV0LXRoYXQtaXMtbG9uZy1lbm91Z2gtZm9yLXRlc3Rz';

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnvironment(source);
    return [];
  } catch (error) {
    if (error instanceof EnvironmentError) return error.problems;
    throw error;
  }
}

describe('parseEnvironment', () => {
  it('lets development and tests run with nothing set, on the public development secret', () => {
    const env = parseEnvironment({ NODE_ENV: 'development' });
    expect(env.NEXTAUTH_SECRET).toBe(DEVELOPMENT_AUTH_SECRET);
    expect(env.APP_URL).toBe('http://localhost:3000');
    expect(env.isProduction).toBe(false);
    expect(env.secureCookies).toBe(false);
  });

  it('refuses production with nothing configured, naming every missing variable and how to make the secret', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/NEXTAUTH_SECRET is required.*openssl rand -base64 32/);
    expect(problems[1]).toMatch(/APP_URL is required/);
    expect(problems[2]).toMatch(/DATABASE_URL is required/);
  });

  it('reads the job settings: a worker in each app server by default, and a strong cron secret or none', () => {
    expect(parseEnvironment({}).JOBS_WORKER).toBe('in-process');
    expect(parseEnvironment({}).CRON_SECRET).toBeUndefined();
    expect(parseEnvironment({ JOBS_WORKER: 'off', CRON_SECRET: STRONG_SECRET })).toMatchObject({
      JOBS_WORKER: 'off',
      CRON_SECRET: STRONG_SECRET,
    });
    expect(problemsOf({ CRON_SECRET: 'short' })[0]).toMatch(/CRON_SECRET.*32 characters.*openssl rand/);
    expect(problemsOf({ JOBS_WORKER: 'sometimes' })[0]).toMatch(/JOBS_WORKER/);
  });

  it('treats a staging or production database as production even when NODE_ENV is not', () => {
    expect(problemsOf({ NODE_ENV: 'development', DATABASE_ENV: 'staging' })).toHaveLength(3);
    expect(problemsOf({ DATABASE_ENV: 'production' })).toHaveLength(3);
  });

  it('lets `next build` run without production secrets, with a random secret that is never the development one', () => {
    const env = parseEnvironment({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' });
    expect(env.NEXTAUTH_SECRET).not.toBe(DEVELOPMENT_AUTH_SECRET);
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThan(32);
    expect(problemsOf({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-server' })).toHaveLength(3);
  });

  it('refuses weak secrets: short, repetitive, or the development one', () => {
    const base = {
      NODE_ENV: 'production',
      APP_URL: 'https://exams.example.com',
      DATABASE_URL: 'file:/srv/app.db',
    };
    expect(problemsOf({ ...base, NEXTAUTH_SECRET: 'short' })[0]).toMatch(/too short: 5 characters/);
    expect(problemsOf({ ...base, NEXTAUTH_SECRET: 'a'.repeat(40) })[0]).toMatch(/too simple/);
    expect(problemsOf({ ...base, NEXTAUTH_SECRET: DEVELOPMENT_AUTH_SECRET })[0]).toMatch(
      /public development secret/,
    );
    expect(problemsOf({ ...base, NEXTAUTH_SECRET: STRONG_SECRET })).toEqual([]);
  });

  it('needs https for APP_URL in production, except on this machine', () => {
    const base = { NODE_ENV: 'production', NEXTAUTH_SECRET: STRONG_SECRET, DATABASE_URL: 'file:/srv/app.db' };
    expect(problemsOf({ ...base, APP_URL: 'http://exams.example.com' })[0]).toMatch(/must be https/);
    expect(problemsOf({ ...base, APP_URL: 'http://127.0.0.1:3000' })).toEqual([]);
    expect(problemsOf({ ...base, APP_URL: 'javascript:alert(1)' })[0]).toMatch(/APP_URL/);
    const env = parseEnvironment({ ...base, APP_URL: 'https://exams.example.com/' });
    expect(env.APP_URL).toBe('https://exams.example.com');
    expect(env.secureCookies).toBe(true);
  });

  it('accepts the Turso variables as the explicit production database', () => {
    const base = {
      NODE_ENV: 'production',
      NEXTAUTH_SECRET: STRONG_SECRET,
      APP_URL: 'https://exams.example.com',
    };
    expect(problemsOf({ ...base, TURSO_DATABASE_URL_PROD: 'libsql://db.turso.io' })).toEqual([]);
    expect(
      problemsOf({ ...base, DATABASE_ENV: 'staging', TURSO_DATABASE_URL_PROD: 'libsql://db.turso.io' })[0],
    ).toMatch(/DATABASE_URL/);
  });

  it('parses TRUST_PROXY and the image hosts, refusing nonsense', () => {
    expect(
      parseEnvironment({ TRUST_PROXY: '2', MARKDOWN_IMAGE_HOSTS: 'Images.Example.com, cdn.example.org' }),
    ).toMatchObject({
      TRUST_PROXY: 2,
      MARKDOWN_IMAGE_HOSTS: ['images.example.com', 'cdn.example.org'],
    });
    expect(problemsOf({ TRUST_PROXY: 'yes' })[0]).toMatch(/TRUST_PROXY/);
    expect(problemsOf({ MARKDOWN_IMAGE_HOSTS: 'https://x.example/' })[0]).toMatch(/MARKDOWN_IMAGE_HOSTS/);
  });
});

describe('resolveClientIp', () => {
  it('with no trusted proxy believes only the address that connected (appended last by our server)', () => {
    expect(resolveClientIp('6.6.6.6, 203.0.113.9', 0)).toBe('203.0.113.9');
    expect(resolveClientIp('203.0.113.9', 0)).toBe('203.0.113.9');
    expect(resolveClientIp(null, 0)).toBeNull();
  });

  it('counts back one entry per trusted proxy, never past the first', () => {
    expect(resolveClientIp('6.6.6.6, 198.51.100.7, 10.0.0.2', 1)).toBe('198.51.100.7');
    expect(resolveClientIp('198.51.100.7, 10.0.0.3, 10.0.0.2', 2)).toBe('198.51.100.7');
    expect(resolveClientIp('10.0.0.2', 3)).toBe('10.0.0.2');
  });

  it('unwraps IPv4-mapped addresses and drops entries that are not addresses', () => {
    expect(resolveClientIp('::ffff:127.0.0.1', 0)).toBe('127.0.0.1');
    expect(resolveClientIp('<script>, 10.0.0.1', 1)).toBeNull();
  });
});

describe('safeRedirectTarget', () => {
  const ORIGIN = 'https://app.example';
  const hostile = [
    '/\t/evil.example/p',
    '/%09/evil.example/p',
    '/\n/evil.example',
    '/%0a/evil.example',
    '//evil.example',
    '/%2F/evil.example',
    '/%252F%252Fevil.example',
    '\\\\evil.example',
    '/\\evil.example',
    '/%5Cevil.example',
    'https://evil.example',
    'javascript:alert(1)',
    ' /exams',
    '/exams\u2028',
    '%',
    '/%E0%A4%A',
    '/..//',
    '/..//evil.example/p',
    '/./%2e%2e//evil.example',
  ];

  it.each(hostile)('refuses %j', (value) => {
    expect(safeRedirectTarget(value)).toBe('/');
  });

  it('keeps paths of this site, with query and fragment', () => {
    expect(safeRedirectTarget('/exams/aws-saa?mode=practice#top')).toBe('/exams/aws-saa?mode=practice#top');
    expect(safeRedirectTarget('/exams/caf%C3%A9')).toBe('/exams/caf%C3%A9');
    expect(safeRedirectTarget(undefined, '/dashboard')).toBe('/dashboard');
  });

  it('whatever the input, the answer resolves to this origin in a browser', () => {
    const pieces = fc.constantFrom(
      '/',
      '//',
      '\\',
      '%2f',
      '%2F',
      '%5c',
      '%09',
      '\t',
      '\n',
      ' ',
      '@',
      ':',
      'evil.example',
      'http:',
      '.',
      '..',
      '?',
      '#',
      '%25',
      'a',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 8 }), (parts) => {
        const target = safeRedirectTarget(parts.join(''));
        // Browsers strip tabs and newlines before parsing: judge the target the same way.
        const url = new URL(target.replace(/[\t\n\r]/g, ''), ORIGIN);
        expect(url.origin).toBe(ORIGIN);
        expect(target.startsWith('/') && !target.startsWith('//')).toBe(true);
      }),
      { numRuns: 5_000, seed: process.env.CI ? 20261204 : undefined },
    );
  });
});
