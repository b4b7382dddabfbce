import { z } from 'zod';
import './zod-setup';
import { fieldErrorsOf as issuesByField } from './field-errors';
import { emailSchema, passwordSchema } from './password';
import { pageParamSchema, param, searchTextParam, type PageSearchParams } from './search-params';

export const nameSchema = z.string().trim().min(1, 'Enter your name.').max(80, 'Use at most 80 characters.');

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  // No rules on sign-in beyond a sane size: the stored hash decides.
  password: z.string().min(1, 'Enter your password.').max(1024),
});

export const resetRequestSchema = z.object({ email: emailSchema });

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This link is invalid or has expired.');

export const resetPasswordSchema = z
  .object({ token: tokenSchema, password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
    newPassword: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });

export const profileSchema = z.object({ name: nameSchema });

export const deleteAccountSchema = z.object({ confirmEmail: emailSchema });

export const roleChangeSchema = z.object({
  userId: z.string().uuid('Unknown user.'),
  role: z.enum(['learner', 'moderator', 'admin']),
});

export const userIdSchema = z.object({ userId: z.string().uuid('Unknown user.') });

/** /admin/users?q&page: the search is cut to 200 characters, an unusable page is page 1. */
export const userSearchSchema = z.object({
  q: searchTextParam(),
  page: pageParamSchema,
});

/** ?token= of the verify-email and reset-password links: a token of the wrong shape is no token (the form then says the link is invalid). */
export const tokenPageQuerySchema = z.object({ token: param(tokenSchema).catch('') });

/** The link's token, or '' when it has none of the right shape (repeated: the first counts). */
export function tokenOfQuery(query: PageSearchParams): string {
  const parsed = tokenPageQuerySchema.safeParse(query);
  return parsed.success ? parsed.data.token : '';
}

/** Turns zod issues into { field: first message } for forms. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  return issuesByField(error);
}
