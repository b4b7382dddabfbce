import 'server-only';
import { serverEnv } from '../env';

/**
 * The one session cookie. Over https it is `__Host-`: Secure, no Domain, Path=/, so neither a
 * plain-http page nor a sibling subdomain can plant or overwrite it; only this name is read.
 */
export const SESSION_COOKIE_NAME = serverEnv.secureCookies
  ? '__Host-next-auth.session-token'
  : 'next-auth.session-token';

export const SESSION_COOKIE = {
  name: SESSION_COOKIE_NAME,
  options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: serverEnv.secureCookies },
};
