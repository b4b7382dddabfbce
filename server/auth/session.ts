import 'server-only';
import { decode } from 'next-auth/jwt';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { UserRole } from '@/database/schema';
import { readSessionClaims } from '@/lib/auth/session-policy';
import { serverEnv } from '../env';
import { assertRole, AuthorizationError, type SessionUser } from '@/lib/auth/guards';
import { SESSION_COOKIE_NAME } from './session-cookie';
import { resolveSessionUser } from './session-user';

const NO_SESSION = { user: null, deletionCancelled: false } as const;

/** The session cookie's claims, its signature checked, not yet the database (memoised per request). */
const sessionClaims = cache(async () => {
  const store = await cookies();
  const raw = store.get(SESSION_COOKIE_NAME)?.value;
  if (!raw) return null;
  try {
    return readSessionClaims(await decode({ token: raw, secret: serverEnv.NEXTAUTH_SECRET }));
  } catch {
    return null;
  }
});

/** This request's session as the database judged it, memoised per request (one read). */
const currentSession = cache(async (): Promise<{ user: SessionUser | null; deletionCancelled: boolean }> => {
  const claims = await sessionClaims();
  if (!claims) return NO_SESSION;
  const { user, deletionCancelled } = await resolveSessionUser(claims, Date.now());
  return user ? { user, deletionCancelled } : NO_SESSION;
});

/**
 * The user id the session cookie names, before the database has confirmed the session: only
 * for starting a page's reads together with the session check (a `preload`), whose results
 * are used once getCurrentUser returned the same id. Never an answer to "who is asking".
 */
export async function claimedUserId(): Promise<string | null> {
  return (await sessionClaims())?.uid ?? null;
}

/**
 * The signed-in user of this request, or null. Memoised per request. Reads the session JWT
 * and re-checks it against the database every time, so a disabled user, a changed role or a
 * revoked session takes effect on the next request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => (await currentSession()).user);

/**
 * Whether the signed-in user's sign-in cancelled a scheduled deletion whose notice they have not
 * seen yet. Read together with the session (no round trip of its own).
 */
export async function hasDeletionNotice(): Promise<boolean> {
  return (await currentSession()).deletionCancelled;
}

async function currentPath(): Promise<string> {
  const list = await headers();
  return list.get('x-pathname') ?? '/';
}

/** For pages: the user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const target = returnTo ?? (await currentPath());
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
  }
  return user;
}

/** For pages: the user if they hold one of the roles, a 403 page if not, sign-in if anonymous. */
export async function requireRole(roles: UserRole[], returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  try {
    return assertRole(user, ...roles);
  } catch (error) {
    if (error instanceof AuthorizationError) forbidden();
    throw error;
  }
}
