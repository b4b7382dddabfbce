import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { reviewCards } from '@/database/schema';
import { reviewFieldErrors, suspendCardSchema } from '@/lib/validation/review';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { appDatabase, writeBatch } from '@/server/db';
import { CardNotFoundError, ReviewInputError } from '@/lib/review/errors';

export interface SuspendOutcome {
  cardId: number;
  suspended: boolean;
}

/**
 * Suspends a card (it leaves the review queue and the due counts, its schedule is kept) or
 * resumes it. Only the owner's own card: any other id is "not found", and nothing changes.
 * Doing it twice is harmless.
 */
export async function setCardSuspended(
  actor: SessionUser | null,
  input: unknown,
  now: Date,
): Promise<SuspendOutcome> {
  const user = assertUser(actor);
  const parsed = suspendCardSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = reviewFieldErrors(parsed.error);
    if (fieldErrors.cardId) throw new CardNotFoundError();
    throw new ReviewInputError('The card could not be changed: the request was malformed.', fieldErrors);
  }
  const { cardId, suspended } = parsed.data;
  const { db } = appDatabase();
  const owned = and(eq(reviewCards.id, cardId), eq(reviewCards.userId, user.id));
  const [, found] = await writeBatch([
    db
      .update(reviewCards)
      .set({ suspended, updatedAt: now })
      .where(and(owned, ne(reviewCards.suspended, suspended))),
    db.select({ id: reviewCards.id }).from(reviewCards).where(owned),
  ]);
  if ((found as unknown[]).length !== 1) throw new CardNotFoundError();
  return { cardId, suspended };
}
