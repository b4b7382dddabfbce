/**
 * What the sign-in page says for each `?error=` code next-auth (or we) put in its URL. Anyone can
 * write such a URL, so only these codes are ever turned into text; anything else is the generic
 * message. The page maps the code on the server: the raw value never reaches the HTML.
 */
const SIGN_IN_ERROR_MESSAGES: Record<string, string> = {
  CredentialsSignin: 'Wrong email or password.',
  GoogleUnverified: 'Google did not confirm that email address, or the account is disabled.',
  OAuthAccountNotLinked: 'Sign in with your password first.',
  SessionRequired: 'Please sign in to continue.',
};

export const GENERIC_SIGN_IN_ERROR = 'Sign-in failed. Please try again.';

export function describeSignInErrorCode(code: string): string {
  return Object.hasOwn(SIGN_IN_ERROR_MESSAGES, code) ? SIGN_IN_ERROR_MESSAGES[code]! : GENERIC_SIGN_IN_ERROR;
}

/** The answer to our own sign-in request: a known code, or one of our sentences (a rate limit…). */
export function describeSignInResult(error: string): string {
  return Object.hasOwn(SIGN_IN_ERROR_MESSAGES, error)
    ? SIGN_IN_ERROR_MESSAGES[error]!
    : error.includes(' ')
      ? error
      : GENERIC_SIGN_IN_ERROR;
}
