'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/action-result';
import type { UserRole } from '@/database/schema';
import { formToObject, runAction } from '../action-runner';
import { getCurrentUser } from '../auth/session';
import { requestContext } from '../request-context';
import { changeUserRole, setUserDisabled } from './users';

export async function changeRoleAction(_prev: ActionResult<{ role: UserRole }> | null, formData: FormData) {
  const result = await runAction('changeRole', async () => changeUserRole(await getCurrentUser(), formToObject(formData), await requestContext()));
  if (result.ok) revalidatePath('/admin/users');
  return result;
}

export async function setDisabledAction(_prev: ActionResult<{ disabled: boolean }> | null, formData: FormData) {
  const disabled = formData.get('disabled') === 'true';
  const result = await runAction('setDisabled', async () => setUserDisabled(await getCurrentUser(), formToObject(formData), disabled, await requestContext()));
  if (result.ok) revalidatePath('/admin/users');
  return result;
}
