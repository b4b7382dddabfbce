import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from '@/lib/auth/safe-redirect';
import { judgeSession, readSessionClaims } from '@/lib/auth/session-policy';
import { ACCOUNT_SIGN_IN_POLICY, decideRateLimit } from '@/lib/security/rate-limit-policy';
import { generateToken, hashToken } from '@/lib/security/tokens';
import { passwordSchema } from '@/lib/validation/password';

describe('decideRateLimit', () => {
  const policy = ACCOUNT_SIGN_IN_POLICY;
  it('allows the first attempts, then delays 1 s, 2 s…, then locks at the cap until the window passes', () => {
    expect(decideRateLimit(policy, [], 0)).toEqual({ allowed: true });
    expect(decideRateLimit(policy, [1, 2], 3)).toEqual({ allowed: true });
    expect(decideRateLimit(policy, [1, 2, 3], 500)).toEqual({ allowed: false, retryAfterMs: 503 });
    expect(decideRateLimit(policy, [1, 2, 3], 1003)).toEqual({ allowed: true });
    expect(decideRateLimit(policy, [1, 2, 3, 1003], 2000)).toEqual({ allowed: false, retryAfterMs: 1003 });
    expect(decideRateLimit(policy, [1, 2, 3, 4, 5], 10_000)).toEqual({
      allowed: false,
      retryAfterMs: 1 + policy.windowMs - 10_000,
    });
    expect(decideRateLimit(policy, [1, 2, 3, 4, 5], 1 + policy.windowMs)).toEqual({ allowed: true });
  });

  it('caps the hourly rate well under 100', () => {
    // Worst case: 5 failures per 15-minute window.
    expect((60 / 15) * policy.maxFailures).toBeLessThan(100);
  });
});

describe('judgeSession', () => {
  const claims = { uid: 'u', sid: 's', sv: 3, authTime: 1_000 };
  const live = { sessionVersion: 3, disabledAt: null, sessionActive: true };
  it('rejects unknown, disabled, revoked, signed-out and too-old sessions', () => {
    expect(judgeSession(claims, live, 2_000, 10_000)).toBe('valid');
    expect(judgeSession(claims, null, 2_000, 10_000)).toBe('unknown-user');
    expect(judgeSession(claims, { ...live, disabledAt: new Date() }, 2_000, 10_000)).toBe('disabled');
    expect(judgeSession(claims, { ...live, sessionVersion: 4 }, 2_000, 10_000)).toBe('revoked');
    expect(judgeSession(claims, { ...live, sessionActive: false }, 2_000, 10_000)).toBe('revoked');
    expect(judgeSession(claims, live, 11_001, 10_000)).toBe('expired');
  });

  it('reads only well-formed claims (a token without a session id is not one)', () => {
    expect(readSessionClaims({ uid: 'u', sid: 's', sv: 1, authTime: 5 })).toEqual({
      uid: 'u',
      sid: 's',
      sv: 1,
      authTime: 5,
    });
    expect(readSessionClaims({ uid: 'u', sv: 1, authTime: 5 })).toBeNull();
    expect(readSessionClaims({ uid: 'u', sid: 's', sv: '1', authTime: 5 })).toBeNull();
    expect(readSessionClaims(null)).toBeNull();
  });
});

describe('tokens', () => {
  it('have at least 128 bits and are stored as a sha256', () => {
    const token = generateToken();
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(generateToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });
});

describe('password rules', () => {
  it('length 8 to 128, no composition rules, common passwords refused', () => {
    expect(passwordSchema.safeParse('abcdefgh').success).toBe(true);
    expect(passwordSchema.safeParse('abcdefg').success).toBe(false);
    expect(passwordSchema.safeParse('x'.repeat(64)).success).toBe(true);
    expect(passwordSchema.safeParse('x'.repeat(129)).success).toBe(false);
    expect(passwordSchema.safeParse('Password123').success).toBe(false);
    expect(passwordSchema.safeParse('qwertyuiop').success).toBe(false);
  });
});

describe('safeRedirectTarget', () => {
  it('keeps same-site paths only', () => {
    expect(safeRedirectTarget('/exams/x?y=1')).toBe('/exams/x?y=1');
    expect(safeRedirectTarget('//evil.example')).toBe('/');
    expect(safeRedirectTarget('https://evil.example')).toBe('/');
    expect(safeRedirectTarget('/\\evil.example')).toBe('/');
    expect(safeRedirectTarget(undefined, '/exams')).toBe('/exams');
  });
});
