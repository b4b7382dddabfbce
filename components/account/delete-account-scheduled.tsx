import { Alert } from '@/components/ui/alert';
import { DELETION_GRACE_DAYS } from '@/lib/accounts/deletion-schedule';

/** On the sign-in page right after a learner scheduled their account's deletion and was signed out. */
export function DeletionScheduledNotice() {
  return (
    <div className="mb-5">
      <Alert tone="info">
        Your account is scheduled for deletion in {DELETION_GRACE_DAYS} days and you were signed out
        everywhere. We emailed you the date. Changed your mind? Sign in before then and it is cancelled.
      </Alert>
    </div>
  );
}
