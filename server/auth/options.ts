import 'server-only';
import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GoogleProvider from 'next-auth/providers/google';
import { safeRedirectTarget } from '@/lib/auth/safe-redirect';
import { readSessionClaims } from '@/lib/auth/session-policy';
import { authenticateWithPassword } from '../accounts/authenticate';
import { serverEnv } from '../env';
import { clientIpFrom } from '../request-context';
import { formatRetryAfter } from '../rate-limit';
import { resolveGoogleUser, type GoogleProfile } from './google';
import { SESSION_COOKIE } from './session-cookie';
import { resolveSessionUser } from './session-user';
import { openSession, revokeSession } from './sessions';

// next-auth v4 reads its base URL from the environment; keep one source of truth.
process.env.NEXTAUTH_URL ??= serverEnv.APP_URL;

export const googleSignInEnabled = Boolean(serverEnv.GOOGLE_CLIENT_ID && serverEnv.GOOGLE_CLIENT_SECRET);

export const SIGN_IN_ERRORS = {
  unverified: 'Confirm your email address first: we just sent you a new link.',
  disabled: 'This account has been disabled. Contact support if you think this is a mistake.',
} as const;

interface AppUser extends User {
  role: string;
  sessionVersion: number;
  /** The session a password sign-in opened in its own write batch (a Google one opens it in jwt). */
  sessionId?: string;
}

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  return typeof value === 'string' ? value : null;
}

const credentials = CredentialsProvider({
  name: 'Email and password',
  credentials: {
    email: { label: 'Email', type: 'email' },
    password: { label: 'Password', type: 'password' },
  },
  async authorize(input, req) {
    const ip = clientIpFrom(headerValue(req.headers, 'x-forwarded-for'));
    const userAgent = headerValue(req.headers, 'user-agent');
    const result = await authenticateWithPassword(input ?? {}, { ip, userAgent, now: Date.now() });
    if (result.ok) {
      const { id, email, name, role, sessionVersion } = result.user;
      return { id, email, name, role, sessionVersion, sessionId: result.sessionId } satisfies AppUser;
    }
    if (result.reason === 'rate_limited')
      throw new Error(`Too many sign-in attempts. Try again in ${formatRetryAfter(result.retryAfterMs)}.`);
    if (result.reason === 'unverified') throw new Error(SIGN_IN_ERRORS.unverified);
    if (result.reason === 'disabled') throw new Error(SIGN_IN_ERRORS.disabled);
    return null; // "Wrong email or password", the same for unknown emails.
  },
});

export const authOptions: NextAuthOptions = {
  secret: serverEnv.NEXTAUTH_SECRET,
  // Secure cookies with the __Secure-/__Host- names whenever the public URL is https.
  useSecureCookies: serverEnv.secureCookies,
  cookies: { sessionToken: SESSION_COOKIE },
  session: { strategy: 'jwt', maxAge: serverEnv.SESSION_IDLE_MINUTES * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: googleSignInEnabled
    ? [
        credentials,
        GoogleProvider({
          clientId: serverEnv.GOOGLE_CLIENT_ID!,
          clientSecret: serverEnv.GOOGLE_CLIENT_SECRET!,
        }),
      ]
    : [credentials],
  events: {
    // Sign-out ends the session on the server too: a copy of the cookie no longer works.
    async signOut({ token }) {
      const claims = readSessionClaims(token);
      if (claims) await revokeSession(claims.sid, Date.now());
    },
  },
  callbacks: {
    // Every redirect next-auth makes goes through the one same-origin check.
    redirect({ url, baseUrl }) {
      const origin = new URL(baseUrl).origin;
      const path = url.startsWith(origin) ? url.slice(origin.length) || '/' : url;
      return `${baseUrl}${safeRedirectTarget(path)}`;
    },
    async signIn({ account, profile, user }) {
      if (account?.provider !== 'google') return true;
      const resolved = await resolveGoogleUser(profile as GoogleProfile, null, Date.now());
      if (!resolved) return '/sign-in?error=GoogleUnverified';
      Object.assign(user, { id: resolved.id, role: resolved.role, sessionVersion: resolved.sessionVersion });
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        const appUser = user as AppUser;
        const now = Date.now();
        const sid = appUser.sessionId ?? (await openSession(appUser.id, { ip: null, userAgent: null }, now));
        return {
          ...token,
          uid: appUser.id,
          sid,
          sv: appUser.sessionVersion,
          role: appUser.role,
          authTime: now,
        };
      }
      // Every later use re-checks the user: a revoked, disabled or expired session throws,
      // and next-auth then clears the cookie.
      const claims = readSessionClaims(token);
      if (!claims) throw new Error('Malformed session');
      const { verdict, user: current } = await resolveSessionUser(claims, Date.now());
      if (verdict !== 'valid' || !current) throw new Error(`Session ended: ${verdict}`);
      return { ...token, role: current.role, name: current.name, email: current.email };
    },
    async session({ session, token }) {
      return {
        ...session,
        user: {
          id: String(token.uid),
          email: token.email ?? null,
          name: token.name ?? null,
          role: String(token.role),
        },
      };
    },
  },
};
