import { createHmac, timingSafeEqual } from 'node:crypto';
import { EMAIL_KINDS, type EmailKind } from './send-window';

/**
 * The token in an email's unsubscribe link: who and which kind, until when, signed with the app
 * secret (HMAC-SHA256). No sign-in and nothing stored: whoever holds the email may unsubscribe
 * that kind for that address, and a changed character makes the signature fail.
 * Format: base64url("v1.<userId>.<kind>.<expires epoch seconds>") + "." + base64url(mac).
 */

/** Long enough for an email read weeks later; a newer email carries a newer token. */
export const UNSUBSCRIBE_TOKEN_DAYS = 90;
const VERSION = 'v1';

export interface UnsubscribeClaim {
  userId: string;
  kind: EmailKind;
}

export type TokenCheck =
  ({ ok: true } & UnsubscribeClaim) | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest();
}

export function signUnsubscribeToken(claim: UnsubscribeClaim, secret: string, now: number): string {
  const expires = Math.floor(now / 1000) + UNSUBSCRIBE_TOKEN_DAYS * 86_400;
  const payload = `${VERSION}.${claim.userId}.${claim.kind}.${expires}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(secret, payload).toString('base64url')}`;
}

export function verifyUnsubscribeToken(token: string, secret: string, now: number): TokenCheck {
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined || token.length > 400)
    return { ok: false, reason: 'malformed' };
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'bad_signature' };
  const [version, userId, kind, expires, more] = payload.split('.');
  if (version !== VERSION || !userId || more !== undefined || !EMAIL_KINDS.includes(kind as EmailKind))
    return { ok: false, reason: 'malformed' };
  if (!(Number(expires) * 1000 > now)) return { ok: false, reason: 'expired' };
  return { ok: true, userId, kind: kind as EmailKind };
}
