import { describe, expect, it } from 'vitest';
import { authenticateWithPassword } from '@/server/accounts/authenticate';
import { resolveGoogleUser } from '@/server/auth/google';
import { testDatabase } from '../../helpers/database';
import { createUser, FACTORY_PASSWORD } from '../../helpers/factories';
import { ctx } from '../../helpers/context';

async function userRow(id: string) {
  const { rows } = await testDatabase().client.execute({
    sql: 'SELECT password_hash, email_verified_at, session_version FROM users WHERE id = ?',
    args: [id],
  });
  return rows[0]!;
}

describe('Google sign-in', () => {
  it('refuses an email Google has not verified', async () => {
    expect(
      await resolveGoogleUser(
        { sub: 'g-1', email: 'someone@example.test', email_verified: false },
        null,
        Date.now(),
      ),
    ).toBeNull();
  });

  it('creates a verified learner for a new address, and finds it again by the Google account', async () => {
    const profile = {
      sub: `g-${Date.now()}`,
      email: `New.${Date.now()}@Example.test`,
      email_verified: true,
      name: 'New Person',
    };
    const created = await resolveGoogleUser(profile, null, Date.now());
    expect(created).toMatchObject({ email: profile.email.toLowerCase(), role: 'learner' });
    expect(created!.emailVerifiedAt).not.toBeNull();
    const again = await resolveGoogleUser({ ...profile, email: 'changed@example.test' }, null, Date.now());
    expect(again!.id).toBe(created!.id);
  });

  it('links a verified account and keeps its password', async () => {
    const user = await createUser();
    const before = await userRow(user.id);
    const linked = await resolveGoogleUser(
      { sub: `g-v-${user.id}`, email: user.email, email_verified: true },
      null,
      Date.now(),
    );
    expect(linked!.id).toBe(user.id);
    expect(await userRow(user.id)).toMatchObject({
      password_hash: before.password_hash,
      session_version: before.session_version,
    });
    expect(
      (await authenticateWithPassword({ email: user.email, password: FACTORY_PASSWORD }, ctx())).ok,
    ).toBe(true);
  });

  it('an account pre-registered in the owner’s name (never verified) loses the squatter’s password and sessions', async () => {
    const squatted = await createUser({ verified: false });
    const before = await userRow(squatted.id);
    const owner = await resolveGoogleUser(
      { sub: `g-owner-${squatted.id}`, email: squatted.email, email_verified: true },
      null,
      Date.now(),
    );
    expect(owner!.id).toBe(squatted.id);
    const after = await userRow(squatted.id);
    expect(after.password_hash).toBeNull();
    expect(after.email_verified_at).not.toBeNull();
    expect(Number(after.session_version)).toBe(Number(before.session_version) + 1);
    // The returned user carries the new session version, so the owner's own new session is valid.
    expect(owner!.sessionVersion).toBe(Number(after.session_version));
    expect(
      (await authenticateWithPassword({ email: squatted.email, password: FACTORY_PASSWORD }, ctx())).ok,
    ).toBe(false);
  });

  it('refuses a disabled account', async () => {
    const user = await createUser({ disabled: true });
    expect(
      await resolveGoogleUser(
        { sub: `g-d-${user.id}`, email: user.email, email_verified: true },
        null,
        Date.now(),
      ),
    ).toBeNull();
  });
});
