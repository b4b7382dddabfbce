import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's minimum (m=19456 KiB, t=2, p=1). @node-rs/argon2's own defaults are
 * below this, so every parameter is set explicitly.
 */
export const PASSWORD_HASH_OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolatedModules cannot read)
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed verification, not a crash.
    return false;
  }
}
