import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { authTokens, throttleEvents, type TokenPurpose } from '@/database/schema';
import { generateToken, hashToken } from '@/lib/security/tokens';
import { appDatabase } from '../db';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 30 * 60 * 1000,
};

/** The statement that voids every unused token of the purpose for the user (only the newest link works). */
export function voidTokensStatement(userId: string, purpose: TokenPurpose, now: number) {
  return appDatabase()
    .db.update(authTokens)
    .set({ usedAt: new Date(now) })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
}

/**
 * A new single-use token. The statements also void every earlier unused token of the same
 * purpose for this user, so only the newest link works.
 */
export function issueTokenStatements(userId: string, purpose: TokenPurpose, now: number) {
  const token = generateToken();
  const { db } = appDatabase();
  return {
    token,
    statements: [
      voidTokensStatement(userId, purpose, now),
      db.insert(authTokens).values({
        userId,
        purpose,
        tokenHash: hashToken(token),
        expiresAt: new Date(now + TOKEN_LIFETIME_MS[purpose]),
        createdAt: new Date(now),
      }),
    ] as const,
  };
}

export interface ValidToken {
  id: number;
  userId: string;
}

/** The token's row if it exists, has this purpose, is unused and unexpired. */
export async function findValidToken(
  token: string,
  purpose: TokenPurpose,
  now: number,
): Promise<ValidToken | null> {
  const [row] = await appDatabase()
    .db.select({ id: authTokens.id, userId: authTokens.userId })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, new Date(now)),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Marks the token used, guarded so that two concurrent uses cannot both succeed: the
 * statement after it fails the batch when no row was updated.
 */
export function consumeTokenStatements(tokenId: number, now: number) {
  const { db } = appDatabase();
  return [
    db
      .update(authTokens)
      .set({ usedAt: new Date(now) })
      .where(and(eq(authTokens.id, tokenId), isNull(authTokens.usedAt))),
    // changes() is 0 when another request consumed it first: the NOT NULL-violating insert aborts
    // the batch. The builder has no INSERT … SELECT … WHERE of constants: the `sql` template.
    db.run(
      sql`INSERT INTO ${throttleEvents} (bucket, key, at) SELECT 'token-race', 'x', NULL WHERE changes() = 0`,
    ),
  ] as const;
}
