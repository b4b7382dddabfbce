import 'server-only';
import {
  ACCOUNT_RESET_POLICY,
  ACCOUNT_SIGN_IN_POLICY,
  IP_RESET_POLICY,
  IP_SIGN_IN_POLICY,
  IP_SIGN_UP_POLICY,
} from '@/lib/security/rate-limit-policy';
import type { RateLimitKey } from '../rate-limit';

export const SIGN_IN_ACCOUNT_BUCKET = 'sign-in:account';

export function signInKeys(email: string, ip: string | null): RateLimitKey[] {
  const keys: RateLimitKey[] = [
    { bucket: SIGN_IN_ACCOUNT_BUCKET, key: email, policy: ACCOUNT_SIGN_IN_POLICY },
  ];
  if (ip) keys.push({ bucket: 'sign-in:ip', key: ip, policy: IP_SIGN_IN_POLICY });
  return keys;
}

export function resetKeys(email: string, ip: string | null): RateLimitKey[] {
  const keys: RateLimitKey[] = [{ bucket: 'reset:account', key: email, policy: ACCOUNT_RESET_POLICY }];
  if (ip) keys.push({ bucket: 'reset:ip', key: ip, policy: IP_RESET_POLICY });
  return keys;
}

export function signUpKeys(ip: string | null): RateLimitKey[] {
  return ip ? [{ bucket: 'sign-up:ip', key: ip, policy: IP_SIGN_UP_POLICY }] : [];
}
