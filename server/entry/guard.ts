import 'server-only';
import type { UserRole } from '@/database/schema';
import { assertRole, assertUser, type SessionUser } from '@/lib/auth/guards';
import { getCurrentUser } from '../auth/session';

/**
 * Who may call an entry point, stated where it is declared. 'public' entry points run for anyone
 * (sign-up, password reset, health); 'learner' needs any signed-in account; 'moderator' a
 * moderator or admin; 'admin' an admin. The registry test calls every entry point anonymously and
 * as a learner and checks the answer against this.
 */
export type Access = 'public' | UserRole;

/**
 * A route handler may also be for a scheduler, not a person: 'cron' needs the CRON_SECRET bearer
 * token and reads no session (server/entry/cron-secret.ts).
 */
export type RouteAccess = Access | 'cron';

export interface Guard {
  /** A stable name for logs and the registry, e.g. 'studio.saveQuestion'. */
  name: string;
  access: RouteAccess;
}

/**
 * The caller, checked against the guard: throws AuthorizationError (401/403) when refused. A
 * public entry point does not read the session at all (nothing of it may depend on who asks).
 */
export async function callerFor<A extends Access>(
  access: A,
): Promise<A extends 'public' ? null : SessionUser> {
  if (access === 'public') return null as never;
  const user = await getCurrentUser();
  if (access === 'learner') return assertUser(user) as never;
  return assertRole(user, access) as never;
}

const GUARDS = new WeakMap<object, Guard>();

/** Marks a function as a guarded entry point (read by the registry test). */
export function withGuard<F extends object>(entryPoint: F, guard: Guard): F {
  GUARDS.set(entryPoint, guard);
  return entryPoint;
}

export function guardOf(entryPoint: unknown): Guard | undefined {
  return typeof entryPoint === 'function' ? GUARDS.get(entryPoint) : undefined;
}
