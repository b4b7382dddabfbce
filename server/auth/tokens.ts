import 'server-only';
import type { InStatement } from '@libsql/client';
import type { TokenPurpose } from '@/database/schema';
import { generateToken, hashToken } from '@/lib/security/tokens';
import { appDatabase } from '../db';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 30 * 60 * 1000,
};

/**
 * A new single-use token. The statements also void every earlier unused token of the same
 * purpose for this user, so only the newest link works.
 */
export function issueTokenStatements(userId: string, purpose: TokenPurpose, now: number): { token: string; statements: InStatement[] } {
  const token = generateToken();
  return {
    token,
    statements: [
      { sql: 'UPDATE auth_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL', args: [now, userId, purpose] },
      {
        sql: 'INSERT INTO auth_tokens (user_id, purpose, token_hash, expires_at, created_at) VALUES (?, ?, ?, ?, ?)',
        args: [userId, purpose, hashToken(token), now + TOKEN_LIFETIME_MS[purpose], now],
      },
    ],
  };
}

export interface ValidToken {
  id: number;
  userId: string;
}

/** The token's row if it exists, has this purpose, is unused and unexpired. */
export async function findValidToken(token: string, purpose: TokenPurpose, now: number): Promise<ValidToken | null> {
  const { client } = appDatabase();
  const result = await client.execute({
    sql: 'SELECT id, user_id FROM auth_tokens WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?',
    args: [hashToken(token), purpose, now],
  });
  const row = result.rows[0];
  return row ? { id: Number(row.id), userId: String(row.user_id) } : null;
}

/**
 * Marks the token used, guarded so that two concurrent uses cannot both succeed: the
 * statement after it fails the batch when no row was updated.
 */
export function consumeTokenStatements(tokenId: number, now: number): InStatement[] {
  return [
    { sql: 'UPDATE auth_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL', args: [now, tokenId] },
    // changes() is 0 when another request consumed it first: the CHECK-violating insert aborts the batch.
    { sql: "INSERT INTO throttle_events (bucket, key, at) SELECT 'token-race', 'x', NULL WHERE changes() = 0", args: [] },
  ];
}
