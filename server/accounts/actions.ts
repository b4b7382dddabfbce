'use server';

import { authedAction, publicAction } from '../entry/actions';
import { signOutEverywhere } from '../auth/sessions';
import { requestPasswordReset, resetPassword } from './password-reset';
import { acknowledgeDeletionNotice, deleteAccount } from './deletion';
import { changePassword, updateProfile } from './profile';
import { signUp } from './sign-up';
import { verifyEmail } from './verify-email';

// Account entry points. The public ones are the ways into an account; each limits itself
// (sign-up and reset per IP and account, stored in the database).

export const signUpAction = publicAction({ name: 'accounts.signUp' }, ({ input, ctx }) => signUp(input, ctx));

export const verifyEmailAction = publicAction({ name: 'accounts.verifyEmail' }, ({ formData, ctx }) =>
  verifyEmail(formData?.get('token'), ctx),
);

export const requestResetAction = publicAction({ name: 'accounts.requestReset' }, ({ input, ctx }) =>
  requestPasswordReset(input, ctx),
);

export const resetPasswordAction = publicAction({ name: 'accounts.resetPassword' }, ({ input, ctx }) =>
  resetPassword(input, ctx),
);

export const updateProfileAction = authedAction(
  { name: 'accounts.updateProfile', access: 'learner' },
  ({ user, input, ctx }) => updateProfile(user, input, ctx),
);

export const changePasswordAction = authedAction(
  { name: 'accounts.changePassword', access: 'learner' },
  ({ user, input, ctx }) => changePassword(user, input, ctx),
);

export const deleteAccountAction = authedAction(
  { name: 'accounts.deleteAccount', access: 'learner' },
  ({ user, input, ctx }) => deleteAccount(user, input, ctx),
);

export const signOutEverywhereAction = authedAction(
  { name: 'accounts.signOutEverywhere', access: 'learner' },
  ({ user, ctx }) => signOutEverywhere(user, ctx),
);

/** Called by the "deletion cancelled" banner once it is on screen, so it is shown once. */
export const acknowledgeDeletionNoticeAction = authedAction<null, []>(
  { name: 'accounts.acknowledgeDeletionNotice', access: 'learner' },
  ({ user }) => acknowledgeDeletionNotice(user),
);
