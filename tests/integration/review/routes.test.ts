import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/guards';
import { createUser } from '../../helpers/factories';
import { reviewTables } from './helpers';
import { answerFor, learnerWithCards } from './review-flow';

// The routes and actions read the session from cookies; here the session is whoever the test says.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/server/auth/session', () => ({ getCurrentUser: async () => session.user }));

const { GET: QUEUE } = await import('@/app/api/review/queue/route');
const { GET: DASHBOARD } = await import('@/app/dashboard/data/route');
const { revealReviewAction, setCardSuspendedAction, submitReviewAction } =
  await import('@/server/review/actions');

const get = (path: string) => new NextRequest(`http://app.test${path}`);

beforeEach(() => {
  session.user = null;
});

describe('GET /api/review/queue and /dashboard/data', () => {
  it('answer 401 without a session, and never cache', async () => {
    for (const response of [
      await QUEUE(get('/api/review/queue?tz=UTC')),
      await DASHBOARD(get('/dashboard/data?tz=UTC')),
    ]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ ok: false, error: 'Sign in to continue.' });
    }
  });

  it("give the signed-in learner's cards and dashboard", async () => {
    session.user = await createUser();
    await learnerWithCards(session.user, { right: 1, wrong: 2 });
    const queue = await QUEUE(get('/api/review/queue?tz=Europe/Paris&limit=1'));
    expect(queue.status).toBe(200);
    const { data: body } = (await queue.json()) as { data: { cards: unknown[]; dueToday: number } };
    expect(body.cards).toHaveLength(1);
    // The session was in March: by now (the routes use the real clock) all three are due.
    expect(body.dueToday).toBe(3);
    const dashboard = await DASHBOARD(get('/dashboard/data?tz=Asia/Kolkata'));
    expect(dashboard.status).toBe(200);
    expect(await dashboard.json()).toMatchObject({
      ok: true,
      data: { timeZone: 'Asia/Kolkata', dueToday: 3, exams: [{ slug: 'test-exam', seen: 3 }] },
    });
  });

  it('answer 400 with the field at fault for a bad time zone or exam', async () => {
    session.user = await createUser();
    const badZone = await DASHBOARD(get('/dashboard/data?tz=Nowhere/Land'));
    expect(badZone.status).toBe(400);
    expect(await badZone.json()).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The query parameter "tz" is invalid: /),
      fieldErrors: { tz: expect.stringContaining('not a time zone we know') },
    });
    const missing = await QUEUE(get('/api/review/queue'));
    expect(missing.status).toBe(400);
    const badExam = await QUEUE(get('/api/review/queue?tz=UTC&exam=DROP%20TABLE'));
    expect(await badExam.json()).toMatchObject({ fieldErrors: { exam: 'Unknown exam.' } });
  });
});

describe('review server actions', () => {
  it('record a review and suspend a card for the signed-in owner only', async () => {
    const owner = await createUser();
    const { bank } = await learnerWithCards(owner);
    session.user = owner;
    const { data: queue } = (await (await QUEUE(get('/api/review/queue?tz=UTC'))).json()) as {
      data: { cards: Parameters<typeof answerFor>[0][] };
    };
    const card = queue.cards[0]!;

    session.user = await createUser();
    const tables = await reviewTables();
    expect(await submitReviewAction(answerFor(card, bank, true))).toEqual({
      ok: false,
      error: 'This review card does not exist.',
    });
    expect(await setCardSuspendedAction({ cardId: card.cardId, suspended: true })).toEqual({
      ok: false,
      error: 'This review card does not exist.',
    });
    const shown = {
      cardId: card.cardId,
      seenReps: card.seenReps,
      versionId: card.question.versionId,
      selected: [],
    };
    expect(await revealReviewAction(shown)).toEqual({ ok: false, error: 'This review card does not exist.' });
    session.user = null;
    expect(await submitReviewAction(answerFor(card, bank, true))).toEqual({
      ok: false,
      error: 'Sign in to continue.',
    });
    expect(await revealReviewAction(shown)).toEqual({ ok: false, error: 'Sign in to continue.' });
    expect(await reviewTables()).toEqual(tables);

    session.user = owner;
    expect(await revealReviewAction(shown)).toMatchObject({
      ok: true,
      data: { suggested: 'again', feedback: { correct: false }, choices: { length: 4 } },
    });
    expect(await submitReviewAction({ ...answerFor(card, bank, true), rating: 'perfect' })).toMatchObject({
      ok: false,
      fieldErrors: { rating: 'Rate the card: Again, Hard, Good or Easy.' },
    });
    const bad = await submitReviewAction({ ...answerFor(card, bank, true), presentationId: 'nope' });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { presentationId: 'Missing review id: reload the page.' },
    });
    const recorded = await submitReviewAction({
      ...answerFor(card, bank, true),
      presentationId: randomUUID(),
    });
    expect(recorded).toMatchObject({ ok: true, data: { status: 'recorded', rating: 'good' } });
    expect(await setCardSuspendedAction({ cardId: card.cardId, suspended: true })).toEqual({
      ok: true,
      data: { cardId: card.cardId, suspended: true },
    });
  });
});
