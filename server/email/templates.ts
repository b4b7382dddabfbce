import 'server-only';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe (stored with the email in the outbox). */
  headers?: Record<string, string>;
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** `footer`: small print under the button, e.g. why the email came and how to stop it. */
export function layout(
  title: string,
  paragraphs: string[],
  action?: { label: string; url: string },
  footer = '',
): string {
  // pre-line: a paragraph of several lines (the weekly summary's per-exam block) keeps its breaks.
  const body = paragraphs
    .map((p) => `<p style="margin:0 0 16px;white-space:pre-line">${escapeHtml(p)}</p>`)
    .join('');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1f57d6;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>
       <p style="margin:0 0 16px;color:#64748b;font-size:13px">Or paste this link into your browser: ${escapeHtml(action.url)}</p>`
    : '';
  return `<div style="font-family:system-ui,sans-serif;max-width:560px;margin:0 auto;color:#0f172a"><h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}${button}${footer}<p style="color:#94a3b8;font-size:12px">PingToPass</p></div>`;
}

export function verificationEmail(name: string | null, url: string): EmailContent {
  const greeting = `Hi ${name ?? 'there'},`;
  const lines = [
    greeting,
    'Confirm your email address to finish creating your PingToPass account. The link works for 24 hours.',
  ];
  return {
    subject: 'Confirm your email for PingToPass',
    text: `${lines.join('\n\n')}\n\n${url}\n\nIf you did not sign up, ignore this email.`,
    html: layout('Confirm your email', [...lines, 'If you did not sign up, ignore this email.'], {
      label: 'Confirm email',
      url,
    }),
  };
}

export function passwordResetEmail(url: string): EmailContent {
  const lines = [
    'Someone asked to reset the password of your PingToPass account. The link works for 30 minutes and only once.',
  ];
  return {
    subject: 'Reset your PingToPass password',
    text: `${lines.join('\n\n')}\n\n${url}\n\nIf it was not you, ignore this email: your password stays as it is.`,
    html: layout(
      'Reset your password',
      [...lines, 'If it was not you, ignore this email: your password stays as it is.'],
      { label: 'Choose a new password', url },
    ),
  };
}

/** Sent when a deletion is scheduled: when it happens, and that signing in cancels it. */
export function deletionScheduledEmail(when: string, signInUrl: string): EmailContent {
  const lines = [
    `Your PingToPass account and everything in it (attempts, answers, review cards) will be deleted on ${when}.`,
    'Changed your mind? Sign in before then and the deletion is cancelled. You were signed out everywhere.',
    'If it was not you who asked, sign in now and change your password.',
  ];
  return {
    subject: `Your PingToPass account will be deleted on ${when}`,
    text: `${lines.join('\n\n')}\n\n${signInUrl}`,
    html: layout('Your account will be deleted', lines, { label: 'Sign in to keep it', url: signInUrl }),
  };
}

/** Sent instead of a second account, so sign-up does not reveal which emails are registered. */
export function accountExistsEmail(signInUrl: string, resetUrl: string): EmailContent {
  const lines = [
    'Someone tried to create a PingToPass account with this email address, but you already have one.',
    `Sign in at ${signInUrl}, or reset your password at ${resetUrl} if you forgot it.`,
  ];
  return {
    subject: 'You already have a PingToPass account',
    text: lines.join('\n\n'),
    html: layout('You already have an account', lines, { label: 'Sign in', url: signInUrl }),
  };
}
