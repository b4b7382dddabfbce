const PROBE_ORIGIN = 'https://same-origin.invalid';
const MAX_LENGTH = 2048;
// Control characters and whitespace: browsers strip tabs and newlines from URLs, which turns
// "/\t/evil.example" into the protocol-relative "//evil.example".
const UNSAFE_CHARACTERS =
  /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff\\]/;

function isSafePath(value: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//')) return false;
  if (UNSAFE_CHARACTERS.test(value)) return false;
  return true;
}

/** The value decoded until it stops changing (at most 3 times); null when it is not valid. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 3; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * The one check for every return path (callbackUrl, ?next=, redirects after sign-in): a path of
 * this site, or `fallback`. Refuses schemes, "//host", backslashes, control characters and
 * whitespace, and the same tricks percent-encoded (so a later decode cannot make them).
 */
/** Where a learner lands after signing in when nothing asked for another page. */
export const AFTER_SIGN_IN_PATH = '/dashboard';

export function safeRedirectTarget(value: string | null | undefined, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  const decoded = fullyDecoded(value);
  if (decoded === null || !isSafePath(value) || !isSafePath(decoded)) return fallback;
  const url = new URL(value, PROBE_ORIGIN);
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const target = `${url.pathname}${url.search}${url.hash}`;
  // Normalising can make "//" out of a safe-looking path ("/..//evil"): check the result too.
  return isSafePath(target) ? target : fallback;
}
