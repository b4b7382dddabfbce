/** What our JWT carries besides next-auth's own claims. */
export interface SessionClaims {
  uid: string;
  /** The server-side session (sessions.id): sign-out and "sign out everywhere" revoke it. */
  sid: string;
  /** The user's session version when the token was issued. */
  sv: number;
  /** When the user signed in (ms); bounds the absolute lifetime. */
  authTime: number;
}

export interface SessionUserState {
  sessionVersion: number;
  disabledAt: Date | null;
  /** Whether the token's session row exists and has not been revoked (signed out). */
  sessionActive: boolean;
}

export type SessionVerdict = 'valid' | 'unknown-user' | 'disabled' | 'revoked' | 'expired';

/**
 * A token stays valid while its user exists and is enabled, its session row is not revoked
 * (sign-out, sign out everywhere), its session version is current (bumped on password change
 * or reset, role change and disable) and the absolute lifetime has
 * not passed. The idle timeout is the JWT's own expiry, renewed on activity.
 */
export function judgeSession(
  claims: SessionClaims,
  user: SessionUserState | null,
  now: number,
  maxLifetimeMs: number,
): SessionVerdict {
  if (!user) return 'unknown-user';
  if (user.disabledAt) return 'disabled';
  if (claims.sv !== user.sessionVersion || !user.sessionActive) return 'revoked';
  if (now - claims.authTime > maxLifetimeMs) return 'expired';
  return 'valid';
}

export function readSessionClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { uid, sid, sv, authTime } = token;
  if (
    typeof uid !== 'string' ||
    typeof sid !== 'string' ||
    typeof sv !== 'number' ||
    typeof authTime !== 'number'
  )
    return null;
  return { uid, sid, sv, authTime };
}
