import { randomUUID } from 'node:crypto';
import type { UserRole } from '../../../database/schema';
import type { SessionUser } from '@/lib/auth/guards';
import { testDatabase } from '../database';

// A precomputed argon2id hash of FACTORY_PASSWORD keeps factories fast (hashing costs ~50 ms).
let cachedHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = 'factory-password-1';

async function factoryHash(): Promise<string> {
  const { hashPassword } = await import('../../../lib/security/password');
  cachedHash ??= hashPassword(FACTORY_PASSWORD);
  return cachedHash;
}

export interface UserOverrides {
  email?: string;
  name?: string;
  role?: UserRole;
  verified?: boolean;
  disabled?: boolean;
}

/** Inserts a user into the worker's test database; its password is FACTORY_PASSWORD. */
export async function createUser(overrides: UserOverrides = {}): Promise<SessionUser> {
  const id = randomUUID();
  const email = (overrides.email ?? `user-${id.slice(0, 8)}@example.test`).toLowerCase();
  const now = Date.now();
  await testDatabase().client.execute({
    sql: `INSERT INTO users (id, email, name, password_hash, role, email_verified_at, session_version, disabled_at, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    args: [
      id,
      email,
      overrides.name ?? 'Factory User',
      await factoryHash(),
      overrides.role ?? 'learner',
      overrides.verified === false ? null : now,
      overrides.disabled ? now : null,
      now,
      now,
    ],
  });
  return { id, email, name: overrides.name ?? 'Factory User', role: overrides.role ?? 'learner' };
}
