import 'server-only';
import { randomUUID } from 'node:crypto';
import { appDatabase } from '../db';
import { findUserByEmail, findUserById } from '../accounts/users';
import { auditStatement } from './audit';

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
  const { client, write } = appDatabase();
  const linked = await client.execute({
    sql: "SELECT user_id FROM oauth_accounts WHERE provider = 'google' AND provider_account_id = ?",
    args: [profile.sub],
  });
  let user = linked.rows[0] ? await findUserById(String(linked.rows[0].user_id)) : await findUserByEmail(profile.email);
  if (!user) {
    const id = randomUUID();
    await write((_db, c) =>
      c.batch(
        [
          {
            sql: `INSERT INTO users (id, email, name, role, email_verified_at, session_version, created_at, updated_at) VALUES (?, ?, ?, 'learner', ?, 1, ?, ?)`,
            args: [id, profile.email!.toLowerCase(), profile.name ?? null, now, now, now],
          },
          auditStatement({ actorId: id, action: 'auth.sign_up', targetType: 'user', targetId: id, ip, details: { provider: 'google' }, now }),
        ],
        'write',
      ),
    );
    user = await findUserByEmail(profile.email);
  }
  if (!user || user.disabledAt) return null;
  await write((_db, c) =>
    c.batch(
      [
        {
          sql: "INSERT INTO oauth_accounts (provider, provider_account_id, user_id, created_at) VALUES ('google', ?, ?, ?) ON CONFLICT DO NOTHING",
          args: [profile.sub, user!.id, now],
        },
        // Google verified the address, so ours is verified too. An account whose email was never
        // verified may have been registered by someone else in the owner's name (pre-hijacking):
        // its password is dropped and its sessions end, so only the address's owner gets in.
        // (SET expressions all see the row as it was before this statement.)
        {
          sql: `UPDATE users SET
                  password_hash = CASE WHEN email_verified_at IS NULL THEN NULL ELSE password_hash END,
                  session_version = session_version + (email_verified_at IS NULL),
                  email_verified_at = coalesce(email_verified_at, ?)
                WHERE id = ?`,
          args: [now, user!.id],
        },
        auditStatement({ actorId: user!.id, action: 'auth.sign_in', targetType: 'user', targetId: user!.id, ip, details: { provider: 'google' }, now }),
      ],
      'write',
    ),
  );
  return findUserById(user.id);
}

