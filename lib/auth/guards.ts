import { AppError } from '@/lib/app-error';
import type { UserRole } from '@/lib/auth/roles';

/** The signed-in user as the data access layer sees it: never a password hash. */
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
}

/** Not signed in (401) or not allowed (403). */
export class AuthorizationError extends AppError {
  override name = 'AuthorizationError';
  constructor(
    status: 401 | 403,
    message = status === 401 ? 'Sign in to continue.' : 'You do not have access to this.',
  ) {
    super(status === 401 ? 'unauthenticated' : 'forbidden', message);
  }
}

/** Every service of the data access layer starts with one of these. */
export function assertUser(actor: SessionUser | null): SessionUser {
  if (!actor) throw new AuthorizationError(401);
  return actor;
}

export function assertRole(actor: SessionUser | null, ...roles: UserRole[]): SessionUser {
  const user = assertUser(actor);
  // Admins can do everything moderators can.
  const allowed = roles.includes(user.role) || (user.role === 'admin' && roles.includes('moderator'));
  if (!allowed) throw new AuthorizationError(403);
  return user;
}
