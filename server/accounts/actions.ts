'use server';

import type { ActionResult } from '@/lib/action-result';
import { runAction, formToObject } from '../action-runner';
import { getCurrentUser } from '../auth/session';
import { signOutEverywhere } from '../auth/sessions';
import { requestContext } from '../request-context';
import { requestPasswordReset, resetPassword } from './password-reset';
import { changePassword, deleteAccount, updateProfile } from './profile';
import { signUp } from './sign-up';
import { verifyEmail } from './verify-email';

type Message = ActionResult<{ message: string }> | null;

export async function signUpAction(_prev: Message, formData: FormData): Promise<Message> {
  return runAction('signUp', async () => signUp(formToObject(formData), await requestContext()));
}

export async function verifyEmailAction(_prev: Message, formData: FormData): Promise<Message> {
  return runAction('verifyEmail', async () => verifyEmail(formData.get('token'), await requestContext()));
}

export async function requestResetAction(_prev: Message, formData: FormData): Promise<Message> {
  return runAction('requestReset', async () => requestPasswordReset(formToObject(formData), await requestContext()));
}

export async function resetPasswordAction(_prev: Message, formData: FormData): Promise<Message> {
  return runAction('resetPassword', async () => resetPassword(formToObject(formData), await requestContext()));
}

export async function updateProfileAction(_prev: ActionResult<{ name: string }> | null, formData: FormData) {
  return runAction('updateProfile', async () => updateProfile(await getCurrentUser(), formToObject(formData), await requestContext()));
}

export async function changePasswordAction(_prev: ActionResult<{ email: string }> | null, formData: FormData) {
  return runAction('changePassword', async () => changePassword(await getCurrentUser(), formToObject(formData), await requestContext()));
}

export async function deleteAccountAction(_prev: ActionResult<null> | null, formData: FormData) {
  return runAction('deleteAccount', async () => deleteAccount(await getCurrentUser(), formToObject(formData), await requestContext()));
}

// useActionState hands the previous state first; this action does not need it.
export async function signOutEverywhereAction(): Promise<ActionResult<{ ended: number }>> {
  return runAction('signOutEverywhere', async () => signOutEverywhere(await getCurrentUser(), await requestContext()));
}
