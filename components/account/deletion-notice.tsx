import type { SessionUser } from '@/lib/auth/guards';
import { hasDeletionNotice } from '@/server/auth/session';
import { DeletionCancelledBanner } from './deletion-cancelled-banner';

/**
 * The root layout's slot for the "deletion cancelled" notice. The flag travels with the session
 * read every signed-in page makes anyway (server/auth/session-user.ts), so no page pays a
 * database round trip for a notice almost nobody has.
 */
export async function DeletionNotice({ user }: { user: SessionUser | null }) {
  if (!user) return null;
  return (await hasDeletionNotice()) ? <DeletionCancelledBanner /> : null;
}
