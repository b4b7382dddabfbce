'use client';

import { useActionState } from 'react';
import { ActionError } from '@/components/ui/action-error';
import { ActionForm } from '@/components/ui/action-form';
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
      className="flex items-center gap-2"
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
      <button
        type="submit"
        disabled={self || pending}
        className={`rounded-md px-2 py-1 text-sm font-medium ring-1 disabled:opacity-50 ${disabled ? 'text-emerald-700 ring-emerald-300' : 'text-red-700 ring-red-300'}`}
      >
        {disabled ? `Enable ${email}` : `Disable ${email}`}
      </button>
      <ActionError state={state} />
    </ActionForm>
  );
}
