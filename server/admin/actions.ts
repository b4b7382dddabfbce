'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '../entry/actions';
import { changeUserRole, setUserDisabled } from './users';

export const changeRoleAction = authedAction(
  { name: 'admin.changeRole', access: 'admin' },
  async ({ user, input, ctx }) => {
    const result = await changeUserRole(user, input, ctx);
    if (result.ok) revalidatePath('/admin/users');
    return result;
  },
);

export const setDisabledAction = authedAction(
  { name: 'admin.setDisabled', access: 'admin' },
  async ({ user, input, formData, ctx }) => {
    const result = await setUserDisabled(user, input, formData?.get('disabled') === 'true', ctx);
    if (result.ok) revalidatePath('/admin/users');
    return result;
  },
);
