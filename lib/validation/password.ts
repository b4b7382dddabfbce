import { z } from 'zod';
import './zod-setup';
import { isCommonPassword } from '../security/common-passwords';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** NIST 800-63B style: length limits and a blocklist, no composition rules. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((value) => !isCommonPassword(value), 'This password is too common. Choose a less guessable one.');

/** Operators' accounts (the production admin) need a longer password. */
export const adminPasswordSchema = passwordSchema.refine(
  (value) => value.length >= 12,
  'Use at least 12 characters for an admin account.',
);

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.'));
