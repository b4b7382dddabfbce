import type { SessionUser } from '@/lib/auth/guards';
import { cancelledDeletionNotice } from '@/server/accounts/deletion';
import { DeletionCancelledBanner } from './deletion-cancelled-banner';

/** The root layout's slot for the "deletion cancelled" notice: one indexed lookup by user id. */
export async function DeletionNotice({ user }: { user: SessionUser | null }) {
  if (!user) return null;
  return (await cancelledDeletionNotice(user.id)) ? <DeletionCancelledBanner /> : null;
}
