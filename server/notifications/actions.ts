'use server';

import { fail, ok } from '@/lib/action-result';
import { unsubscribeTokenSchema } from '@/lib/validation/email-preferences';
import { authedAction, publicAction } from '../entry/actions';
import { saveEmailPreferences } from './preferences';
import { unsubscribeWithToken } from './unsubscribe';

export const saveEmailPreferencesAction = authedAction(
  { name: 'notifications.savePreferences', access: 'learner' },
  ({ user, input, ctx }) => saveEmailPreferences(user, input, ctx),
);

// The unsubscribe page's button: no sign-in, the signed token in the link says who and what.
// Nothing to guess (an HMAC), so no rate limit: a wrong token changes nothing.
export const unsubscribeAction = publicAction(
  { name: 'notifications.unsubscribe' },
  async ({ input, ctx }) => {
    const parsed = unsubscribeTokenSchema.safeParse(input);
    if (!parsed.success)
      return fail(parsed.error.issues[0]?.message ?? 'This unsubscribe link is not valid.');
    const { what, changed } = await unsubscribeWithToken(parsed.data.token, 'unsubscribe_page', ctx.now);
    return ok({
      message: changed
        ? `You are unsubscribed from ${what}. We will not send you any more of them.`
        : `You were already unsubscribed from ${what}. Nothing changed.`,
    });
  },
);
