import 'server-only';
import { AppError } from '@/lib/app-error';
import { EMAIL_KIND_NAMES } from '@/lib/notifications/consent-wording';
import type { EmailKind } from '@/lib/notifications/send-window';
import { signUnsubscribeToken, verifyUnsubscribeToken } from '@/lib/notifications/unsubscribe-token';
import type { ConsentSource } from '@/database/schema';
import { serverEnv } from '../env';
import { withdrawConsent } from './preferences';
import type { UnsubscribeLinks } from './templates';

/** The links of one email to one learner: the token is signed with the app secret. */
export function unsubscribeLinks(userId: string, kind: EmailKind, now: number): UnsubscribeLinks {
  const token = signUnsubscribeToken({ userId, kind }, serverEnv.NEXTAUTH_SECRET, now);
  return {
    pageUrl: `${serverEnv.APP_URL}/unsubscribe?token=${token}`,
    oneClickUrl: `${serverEnv.APP_URL}/api/unsubscribe?token=${token}`,
    accountUrl: `${serverEnv.APP_URL}/account#email-preferences`,
  };
}

const TOKEN_ERRORS = {
  malformed:
    'This unsubscribe link is not complete. Copy the whole link from the email, or sign in and turn the emails off on your account page.',
  bad_signature:
    'This unsubscribe link is not valid. Use the link from the email as it is, or sign in and turn the emails off on your account page.',
  expired:
    'This unsubscribe link has expired. Use the link in a newer email, or sign in and turn the emails off on your account page.',
} as const;

/** What a valid token unsubscribes from; a tampered or expired one is an AppError (nothing changes). */
export function readUnsubscribeToken(
  token: string,
  now: number,
): { userId: string; kind: EmailKind; what: string } {
  const check = verifyUnsubscribeToken(token, serverEnv.NEXTAUTH_SECRET, now);
  if (!check.ok)
    throw new AppError(check.reason === 'expired' ? 'gone' : 'invalid_input', TOKEN_ERRORS[check.reason]);
  return { userId: check.userId, kind: check.kind, what: EMAIL_KIND_NAMES[check.kind] };
}

/** Unsubscribes the token's learner from its kind; clicking twice is fine (the second changes nothing). */
export async function unsubscribeWithToken(
  token: string,
  source: ConsentSource,
  now: number,
): Promise<{ what: string; changed: boolean }> {
  const { userId, kind, what } = readUnsubscribeToken(token, now);
  const changed = await withdrawConsent(userId, kind, source, now);
  return { what, changed };
}

/** For the confirm page: what the link would unsubscribe from, or why it cannot (never throws). */
export function describeUnsubscribeLink(
  token: unknown,
  now: number = Date.now(),
): { what: string } | { error: string } {
  if (typeof token !== 'string' || token.trim() === '') return { error: TOKEN_ERRORS.malformed };
  try {
    return { what: readUnsubscribeToken(token.trim(), now).what };
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
}
