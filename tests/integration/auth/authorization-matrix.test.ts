import { describe, expect, it } from 'vitest';
import { exportUserData } from '@/server/accounts/export';
import { acknowledgeDeletionNotice, deleteAccount } from '@/server/accounts/deletion';
import { listPendingDeletions } from '@/server/admin/deletions';
import { changePassword, updateProfile } from '@/server/accounts/profile';
import { changeUserRole, listUsers, setUserDisabled } from '@/server/admin/users';
import { AuthorizationError, type SessionUser } from '@/lib/auth/guards';
import { ctx } from '../../helpers/context';
import { createUser } from '../../helpers/factories';

type Actor = 'anonymous' | 'learner' | 'otherLearner' | 'moderator' | 'admin';
type Outcome = 'allow' | 401 | 403;

interface Subjects {
  actors: Record<Actor, SessionUser | null>;
  victim: SessionUser;
}

async function subjects(): Promise<Subjects> {
  const learner = await createUser();
  return {
    victim: learner,
    actors: {
      anonymous: null,
      learner,
      otherLearner: await createUser(),
      moderator: await createUser({ role: 'moderator' }),
      admin: await createUser({ role: 'admin' }),
    },
  };
}

/** Runs a service as an actor: 'allow' when it neither throws nor returns an authorization error. */
async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return 'allow';
  } catch (error) {
    if (error instanceof AuthorizationError) return error.status as 401 | 403;
    throw error;
  }
}

// Every data-access entry point of the accounts issue, with who may call it. Services that act on
// "my own" data take no user id: the actor is the subject, so another learner cannot reach it.
const MATRIX: {
  name: string;
  call: (actor: SessionUser | null, s: Subjects) => Promise<unknown>;
  expected: Record<Actor, Outcome>;
}[] = [
  {
    name: 'updateProfile',
    call: (actor) => updateProfile(actor, { name: 'New name' }, ctx()),
    expected: { anonymous: 401, learner: 'allow', otherLearner: 'allow', moderator: 'allow', admin: 'allow' },
  },
  {
    name: 'changePassword',
    call: (actor) =>
      changePassword(
        actor,
        { currentPassword: 'x', newPassword: 'another passphrase', confirm: 'another passphrase' },
        ctx(),
      ),
    expected: { anonymous: 401, learner: 'allow', otherLearner: 'allow', moderator: 'allow', admin: 'allow' },
  },
  {
    name: 'exportUserData',
    call: (actor) => exportUserData(actor, ctx()),
    expected: { anonymous: 401, learner: 'allow', otherLearner: 'allow', moderator: 'allow', admin: 'allow' },
  },
  {
    name: 'deleteAccount (wrong confirmation, so nothing is deleted)',
    call: (actor) => deleteAccount(actor, { confirmEmail: 'mismatch@example.com' }, ctx()),
    expected: { anonymous: 401, learner: 'allow', otherLearner: 'allow', moderator: 'allow', admin: 'allow' },
  },
  {
    name: 'acknowledgeDeletionNotice (none to acknowledge)',
    call: (actor) => acknowledgeDeletionNotice(actor),
    expected: { anonymous: 401, learner: 'allow', otherLearner: 'allow', moderator: 'allow', admin: 'allow' },
  },
  {
    name: 'listPendingDeletions',
    call: (actor) => listPendingDeletions(actor),
    expected: { anonymous: 401, learner: 403, otherLearner: 403, moderator: 403, admin: 'allow' },
  },
  {
    name: 'listUsers',
    call: (actor) => listUsers(actor, {}),
    expected: { anonymous: 401, learner: 403, otherLearner: 403, moderator: 403, admin: 'allow' },
  },
  {
    name: 'changeUserRole of the learner',
    call: (actor, s) => changeUserRole(actor, { userId: s.victim.id, role: 'admin' }, ctx()),
    expected: { anonymous: 401, learner: 403, otherLearner: 403, moderator: 403, admin: 'allow' },
  },
  {
    name: 'setUserDisabled of the learner',
    call: (actor, s) => setUserDisabled(actor, { userId: s.victim.id }, false, ctx()),
    expected: { anonymous: 401, learner: 403, otherLearner: 403, moderator: 403, admin: 'allow' },
  },
];

describe('authorization matrix (accounts)', () => {
  for (const entry of MATRIX) {
    it(entry.name, async () => {
      const s = await subjects();
      const actual: Record<string, Outcome> = {};
      for (const actor of Object.keys(s.actors) as Actor[])
        actual[actor] = await outcomeOf(() => entry.call(s.actors[actor], s));
      expect(actual).toEqual(entry.expected);
    });
  }

  it('another learner never sees the learner’s data in an export', async () => {
    const s = await subjects();
    const data = await exportUserData(s.actors.otherLearner, ctx());
    expect(JSON.stringify(data)).not.toContain(s.victim.id);
  });
});
