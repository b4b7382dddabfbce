import { describe, expect, it } from 'vitest';
import {
  signUnsubscribeToken,
  UNSUBSCRIBE_TOKEN_DAYS,
  verifyUnsubscribeToken,
} from '@/lib/notifications/unsubscribe-token';

const SECRET = 'a-test-secret-of-enough-length-0123456789';
const NOW = Date.parse('2026-12-05T10:00:00Z');
const claim = { userId: '5b0c1d7e-8f1a-4c55-9d1e-0a9b8c7d6e5f', kind: 'daily_reminder' as const };

describe('unsubscribe tokens', () => {
  it('verify for who and which kind they were signed', () => {
    const token = signUnsubscribeToken(claim, SECRET, NOW);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribeToken(token, SECRET, NOW + 1_000)).toEqual({ ok: true, ...claim });
    const weekly = signUnsubscribeToken({ ...claim, kind: 'weekly_summary' }, SECRET, NOW);
    expect(verifyUnsubscribeToken(weekly, SECRET, NOW)).toMatchObject({ ok: true, kind: 'weekly_summary' });
  });

  it('refuse a payload changed to another learner or kind', () => {
    const [, signature] = signUnsubscribeToken(claim, SECRET, NOW).split('.');
    const expires = Math.floor(NOW / 1000) + UNSUBSCRIBE_TOKEN_DAYS * 86_400;
    for (const payload of [
      `v1.someone-else.daily_reminder.${expires}`,
      `v1.${claim.userId}.weekly_summary.${expires}`,
      `v1.${claim.userId}.daily_reminder.${expires + 86_400 * 365}`,
    ]) {
      const forged = `${Buffer.from(payload).toString('base64url')}.${signature}`;
      expect(verifyUnsubscribeToken(forged, SECRET, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
    }
  });

  it('refuse a changed signature, another secret, and shapes that are no token', () => {
    const token = signUnsubscribeToken(claim, SECRET, NOW);
    const flipped = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect(verifyUnsubscribeToken(flipped, SECRET, NOW)).toMatchObject({
      ok: false,
      reason: 'bad_signature',
    });
    expect(verifyUnsubscribeToken(token, `${SECRET}-rotated`, NOW)).toMatchObject({ ok: false });
    for (const bad of ['', 'abc', 'a.b.c', `${token}.x`, 'x'.repeat(500)])
      expect(verifyUnsubscribeToken(bad, SECRET, NOW).ok).toBe(false);
  });

  it(`expire after ${UNSUBSCRIBE_TOKEN_DAYS} days`, () => {
    const token = signUnsubscribeToken(claim, SECRET, NOW);
    const day = 86_400_000;
    expect(verifyUnsubscribeToken(token, SECRET, NOW + (UNSUBSCRIBE_TOKEN_DAYS - 1) * day).ok).toBe(true);
    expect(verifyUnsubscribeToken(token, SECRET, NOW + (UNSUBSCRIBE_TOKEN_DAYS + 1) * day)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
});
