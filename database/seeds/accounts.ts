import { randomUUID } from 'node:crypto';
import type { InStatement } from '@libsql/client';
import type { UserRole } from '../schema';
import { hashPassword } from '../../lib/security/password';
import { sha256Json, type SeedContext, type SeedSet } from './seed-set';

export interface SeedAccount {
  email: string;
  name: string;
  role: UserRole;
  password: string;
}

export function insertAccountStatement(account: SeedAccount, passwordHash: string, now: Date): InStatement {
  const at = now.getTime();
  return {
    sql: `INSERT INTO users (id, email, name, password_hash, role, email_verified_at, session_version, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (email) DO NOTHING`,
    args: [randomUUID(), account.email.toLowerCase(), account.name, passwordHash, account.role, at, at, at],
  };
}

/** Accounts with known passwords, for development and tests only. */
export function demoAccountsSet(name: string, accounts: SeedAccount[]): SeedSet {
  return {
    name,
    describe: () => `${accounts.length} demo accounts`,
    // The checksum covers the passwords too: these are published demo passwords, not secrets.
    checksum: () => sha256Json(accounts),
    async build(ctx: SeedContext) {
      const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));
      return accounts.map((account, i) => insertAccountStatement(account, hashes[i]!, ctx.now));
    },
    wipe: () => [
      {
        sql: `DELETE FROM users WHERE email IN (${accounts.map(() => '?').join(', ')})`,
        args: accounts.map((a) => a.email),
      },
    ],
    notes: () => accounts.map((a) => `  ${a.role.padEnd(9)} ${a.email}  password: ${a.password}`),
  };
}
