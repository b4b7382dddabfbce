'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { acknowledgeDeletionNoticeAction } from '@/server/accounts/actions';

/**
 * Shown after the sign-in that cancelled a scheduled deletion. Once it is on screen the server
 * forgets the notice, so it appears once; it stays while the learner moves around (the root
 * layout keeps it) until dismissed or the next full page load.
 */
export function DeletionCancelledBanner() {
  const [open, setOpen] = useState(true);
  const acknowledged = useRef(false);
  useEffect(() => {
    if (acknowledged.current) return;
    acknowledged.current = true;
    void acknowledgeDeletionNoticeAction();
  }, []);
  if (!open) return null;
  return (
    <div
      role="status"
      className="mb-6 flex flex-col gap-3 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 sm:flex-row sm:items-center sm:justify-between"
    >
      <p>
        <strong className="font-semibold">Your account deletion was cancelled</strong> because you signed in.
        Your account and your progress stay as they were.
      </p>
      <Button
        variant="secondary"
        size="sm"
        className="shrink-0 self-start sm:self-auto"
        onClick={() => setOpen(false)}
      >
        Dismiss
      </Button>
    </div>
  );
}
