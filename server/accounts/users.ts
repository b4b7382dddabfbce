import 'server-only';
import { eq } from 'drizzle-orm';
import { users } from '@/database/schema';
import { appDatabase } from '../db';

export async function findUserByEmail(email: string) {
  const { db } = appDatabase();
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row ?? null;
}

export async function findUserById(id: string) {
  const { db } = appDatabase();
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export function appUrl(path: string, base: string): string {
  return new URL(path, base).toString();
}
