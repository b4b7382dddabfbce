'use client';

import { ActionForm } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';

/**
 * The two answers to "close this attempt?": the confirming submit (abandon or end, by the
 * action given) and a way back, which takes the focus so Enter never closes an attempt by mistake.
 */
export function CloseAttemptForm({
  attemptId,
  dispatch,
  confirmLabel,
  pendingLabel,
  cancelLabel,
  onCancel,
}: {
  attemptId: string;
  dispatch: (data: FormData) => void;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      <ActionForm dispatch={dispatch}>
        <input type="hidden" name="attemptId" value={attemptId} />
        <SubmitButton variant="danger" pendingLabel={pendingLabel}>
          {confirmLabel}
        </SubmitButton>
      </ActionForm>
      <Button variant="secondary" size="sm" autoFocus onClick={onCancel} className="min-h-11">
        {cancelLabel}
      </Button>
    </>
  );
}
