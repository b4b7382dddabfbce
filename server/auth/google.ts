import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { oauthAccounts, users } from '@/database/schema';
import { appDatabase, writeBatch } from '../db';
import { findUserByEmail, findUserById } from '../accounts/users';
import { ownAccountAuditStatement } from './audit';

export interface GoogleProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/**
 * The user a Google sign-in belongs to: the linked account, else the account with the same
 * email (then linked; an unverified one loses the password someone else may have set), else a
 * new learner. Null when Google has not verified the
 * email or the account is disabled.
 */
export async function resolveGoogleUser(profile: GoogleProfile, ip: string | null, now: number) {
  if (!profile.email || profile.email_verified !== true) return null;
  const { db } = appDatabase();
  const [linked] = await db
    .select({ userId: oauthAccounts.userId })
    .from(oauthAccounts)
    .where(and(eq(oauthAccounts.provider, 'google'), eq(oauthAccounts.providerAccountId, profile.sub)));
  let user = linked ? await findUserById(linked.userId) : await findUserByEmail(profile.email);
  if (!user) {
    const id = randomUUID();
    const at = new Date(now);
    await writeBatch([
      db.insert(users).values({
        id,
        email: profile.email.toLowerCase(),
        name: profile.name ?? null,
        role: 'learner',
        emailVerifiedAt: at,
        sessionVersion: 1,
        createdAt: at,
        updatedAt: at,
      }),
      ownAccountAuditStatement(id, 'auth.sign_up', { ip, now }, { provider: 'google' }),
    ]);
    user = await findUserByEmail(profile.email);
  }
  if (!user || user.disabledAt) return null;
  const unverified = sql`${users.emailVerifiedAt} IS NULL`;
  await writeBatch([
    db
      .insert(oauthAccounts)
      .values({
        provider: 'google',
        providerAccountId: profile.sub,
        userId: user.id,
        createdAt: new Date(now),
      })
      .onConflictDoNothing(),
    // Google verified the address, so ours is verified too. An account whose email was never
    // verified may have been registered by someone else in the owner's name (pre-hijacking):
    // its password is dropped and its sessions end, so only the address's owner gets in.
    // (SET expressions all see the row as it was before this statement.)
    db
      .update(users)
      .set({
        passwordHash: sql`CASE WHEN ${unverified} THEN NULL ELSE ${users.passwordHash} END`,
        sessionVersion: sql`${users.sessionVersion} + (${unverified})`,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now})`,
      })
      .where(eq(users.id, user.id)),
    ownAccountAuditStatement(user.id, 'auth.sign_in', { ip, now }, { provider: 'google' }),
  ]);
  return findUserById(user.id);
}
