import 'server-only';
import type { InStatement, Row } from '@libsql/client';
import { eq } from 'drizzle-orm';
import { users, type UserRole } from '@/database/schema';
import { appDatabase } from '../db';
import { num, numOrNull, str, strOrNull } from '../row-values';

export async function findUserByEmail(email: string) {
  const { db } = appDatabase();
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row ?? null;
}

/** What a password sign-in needs of an account. */
export interface SignInUser {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  passwordHash: string | null;
  sessionVersion: number;
  emailVerifiedAt: number | null;
  disabledAt: number | null;
}

/**
 * The account of an email as a raw statement, for the sign-in's first batch (it shares the round
 * trip with the rate-limit reservation: server/accounts/authenticate.ts); read with signInUserFrom.
 */
export function signInUserStatement(email: string): InStatement {
  return {
    sql: `SELECT id, email, name, role, password_hash, session_version, email_verified_at, disabled_at
      FROM users WHERE email = ?`,
    args: [email.toLowerCase()],
  };
}

export function signInUserFrom(row: Row | undefined): SignInUser | null {
  if (!row) return null;
  return {
    id: str(row.id),
    email: str(row.email),
    name: strOrNull(row.name),
    role: str(row.role) as UserRole,
    passwordHash: strOrNull(row.password_hash),
    sessionVersion: num(row.session_version),
    emailVerifiedAt: numOrNull(row.email_verified_at),
    disabledAt: numOrNull(row.disabled_at),
  };
}

export async function findUserById(id: string) {
  const { db } = appDatabase();
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export function appUrl(path: string, base: string): string {
  return new URL(path, base).toString();
}
