import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/guards';
import { startMockExam } from '@/server/attempts/start';
import { createUser } from '../../helpers/factories';
import { attemptTables, sessionRow } from './helpers';

// The submit action reads the attempt together with its session check (server/entry/actions.ts
// `preload`); the session here is whoever the test says.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/server/auth/session', () => ({ getCurrentUser: async () => session.user }));

const { submitAttemptAction } = await import('@/server/attempts/actions');

describe('an action whose reads start with its session check', () => {
  beforeEach(() => {
    session.user = null;
  });

  it('answers a signed-out caller and another learner as before, and changes nothing', async () => {
    const owner = await createUser();
    const { id } = await startMockExam(owner, { examSlug: 'test-exam' }, new Date());
    const before = await attemptTables();
    expect(await submitAttemptAction(id)).toMatchObject({ ok: false, error: 'Sign in to continue.' });
    session.user = await createUser();
    expect(await submitAttemptAction(id)).toMatchObject({ ok: false, error: 'This attempt does not exist.' });
    expect(await attemptTables()).toEqual(before);
  });

  it('submits for the owner with what it read', async () => {
    const owner = await createUser();
    session.user = owner;
    const { id } = await startMockExam(owner, { examSlug: 'test-exam' }, new Date());
    expect(await submitAttemptAction(id)).toEqual({ ok: true, data: { id, reason: 'learner' } });
    expect(await sessionRow(id)).toMatchObject({ status: 'submitted', correct_count: 0 });
  });
});
