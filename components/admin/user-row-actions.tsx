'use client';

import { useActionState } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
import { ConfirmSubmitButton } from '@/components/ui/confirm-dialog';
import type { UserRole } from '@/lib/auth/roles';
import { changeRoleAction, setDisabledAction } from '@/server/admin/actions';

const ROLES: UserRole[] = ['learner', 'moderator', 'admin'];

export function RoleForm({
  userId,
  email,
  role,
  self,
}: {
  userId: string;
  email: string;
  role: UserRole;
  self: boolean;
}) {
  const [state, dispatch, pending] = useActionState(changeRoleAction, null);
  return (
    <ActionForm
      dispatch={dispatch}
      className="flex flex-wrap items-center gap-2"
      aria-label={`Change role of ${email}`}
    >
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        disabled={self || pending}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={self || pending}
        className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50"
      >
        {pending ? 'Saving…' : 'Save role'}
      </button>
      <ActionError state={state} />
      {state?.ok ? (
        <span role="status" className="text-xs text-emerald-700">
          Saved
        </span>
      ) : null}
    </ActionForm>
  );
}

export function DisableForm({
  userId,
  email,
  disabled,
  self,
}: {
  userId: string;
  email: string;
  disabled: boolean;
  self: boolean;
}) {
  const [state, dispatch, pending] = useActionState(setDisabledAction, null);
  return (
    <ActionForm
      dispatch={dispatch}
      className="flex items-center gap-2"
      aria-label={`Change access of ${email}`}
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      {disabled ? (
        <button
          type="submit"
          disabled={self || pending}
          aria-label={`Enable ${email}`}
          className="rounded-md px-3 py-1.5 text-sm font-medium text-emerald-800 ring-1 ring-emerald-300 hover:bg-emerald-50 disabled:opacity-50"
        >
          {pending ? 'Saving…' : 'Enable'}
        </button>
      ) : (
        <ConfirmSubmitButton
          variant="danger-outline"
          size="sm"
          disabled={self}
          pending={pending}
          pendingLabel="Saving…"
          ariaLabel={`Disable ${email}`}
          title={`Disable ${email}?`}
          confirmLabel="Disable account"
          description={
            <>
              <p>
                They are signed out everywhere at their next request and cannot sign in until an admin enables
                the account again.
              </p>
              <p>Their attempts, reviews and reports are kept.</p>
            </>
          }
        >
          Disable
        </ConfirmSubmitButton>
      )}
      <ActionError state={state} />
    </ActionForm>
  );
}
