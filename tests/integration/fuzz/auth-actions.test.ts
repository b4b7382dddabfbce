import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestPasswordReset, resetPassword } from '@/server/accounts/password-reset';
import { deleteAccount } from '@/server/accounts/deletion';
import { changePassword, updateProfile } from '@/server/accounts/profile';
import { signUp } from '@/server/accounts/sign-up';
import { verifyEmail } from '@/server/accounts/verify-email';
import { authenticateWithPassword } from '@/server/accounts/authenticate';
import { changeUserRole, listUsers, setUserDisabled, USERS_PAGE_SIZE } from '@/server/admin/users';
import { ctx } from '../../helpers/context';
import { createUser } from '../../helpers/factories';
import { FUZZ_RUNS, hostileForm, hostileValue, rowCounts } from '../../helpers/fuzz';

// Every zod-validated entry point gets thousands of generated bad inputs: it must answer with a
// clear error result (never throw, never reject) and write nothing.
const text = (value: unknown) => JSON.stringify(value) ?? 'undefined';

function expectCleanRejection(result: unknown) {
  expect(result).toMatchObject({ ok: false });
  expect(typeof (result as { error: unknown }).error).toBe('string');
  expect((result as { error: string }).error.length).toBeGreaterThan(0);
}

describe('fuzzing the account actions', () => {
  it('sign-up, reset request, reset and verification reject garbage cleanly and write nothing', async () => {
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(
        hostileForm(['name', 'email', 'password']),
        hostileForm(['token', 'password', 'confirm']),
        hostileValue,
        async (form, reset, token) => {
          // Make sure no sample is accidentally valid: a valid sign-up would (rightly) write.
          const signUpForm = { ...form, email: 'not an email' };
          expectCleanRejection(await signUp(signUpForm, ctx()));
          expectCleanRejection(
            await requestPasswordReset(
              { email: form.email === undefined ? 42 : `${text(form.email)} @` },
              ctx(),
            ),
          );
          expectCleanRejection(await resetPassword(reset, ctx()));
          expectCleanRejection(await verifyEmail(token, ctx()));
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('sign-in answers invalid for garbage without writing', async () => {
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(hostileValue, async (input) => {
        const result = await authenticateWithPassword(input, ctx());
        expect(result.ok).toBe(false);
      }),
      { numRuns: FUZZ_RUNS },
    );
    // Garbage that parses as an email + password is a failed sign-in and is audited; garbage that
    // does not parse writes nothing at all.
    const after = await rowCounts();
    expect(after.users).toBe(before.users);
  });

  it('profile, password, deletion and admin actions reject garbage cleanly and change nothing', async () => {
    const learner = await createUser();
    const admin = await createUser({ role: 'admin' });
    const before = await rowCounts();
    const everyone = (await listUsers(admin, {})).total;
    await fc.assert(
      fc.asyncProperty(
        hostileForm(['name']),
        hostileForm(['currentPassword', 'newPassword', 'confirm']),
        hostileForm(['confirmEmail']),
        hostileForm(['userId', 'role']),
        fc.oneof(hostileValue, hostileForm(['q', 'page'])),
        async (profile, password, deletion, role, search) => {
          const badName = {
            name:
              typeof profile.name === 'string'
                ? `${'x'.repeat(81)}${profile.name}`
                : profile.name === undefined
                  ? ''
                  : profile.name,
          };
          expectCleanRejection(await updateProfile(learner, badName, ctx()));
          expectCleanRejection(
            await changePassword(learner, { ...password, currentPassword: 'definitely wrong' }, ctx()),
          );
          expectCleanRejection(
            await deleteAccount(learner, { confirmEmail: `${text(deletion.confirmEmail)}-nope` }, ctx()),
          );
          expectCleanRejection(
            await changeUserRole(admin, { ...role, userId: `x${text(role.userId)}` }, ctx()),
          );
          expectCleanRejection(
            await setUserDisabled(admin, { userId: `x${text(role.userId)}` }, true, ctx()),
          );
          // The user search never fails: a bad field falls back (no filter, page 1), so the admin
          // still gets a well-formed page, of everyone when no search text was given.
          const listing = await listUsers(admin, search);
          expect(listing.pageSize).toBe(USERS_PAGE_SIZE);
          expect(Number.isInteger(listing.page) && listing.page >= 1).toBe(true);
          expect(listing.total).toBeGreaterThanOrEqual(0);
          expect(listing.total).toBeLessThanOrEqual(everyone);
          expect(listing.users.length).toBeLessThanOrEqual(Math.min(USERS_PAGE_SIZE, listing.total));
          if ((search as { q?: unknown } | null | undefined)?.q === undefined)
            expect(listing.total).toBe(everyone);
        },
      ),
      { numRuns: Math.ceil(FUZZ_RUNS / 4) },
    );
    expect(await rowCounts()).toEqual(before);
  });
});
