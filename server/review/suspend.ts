import 'server-only';
import { reviewFieldErrors, suspendCardSchema } from '@/lib/validation/review';
import { assertUser, type SessionUser } from '@/server/auth/guards';
import { appDatabase } from '@/server/db';
import { CardNotFoundError, ReviewInputError } from './errors';

export interface SuspendOutcome {
  cardId: number;
  suspended: boolean;
}

/**
 * Suspends a card (it leaves the review queue and the due counts, its schedule is kept) or
 * resumes it. Only the owner's own card: any other id is "not found", and nothing changes.
 * Doing it twice is harmless.
 */
export async function setCardSuspended(actor: SessionUser | null, input: unknown, now: Date): Promise<SuspendOutcome> {
  const user = assertUser(actor);
  const parsed = suspendCardSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = reviewFieldErrors(parsed.error);
    if (fieldErrors.cardId) throw new CardNotFoundError();
    throw new ReviewInputError('The card could not be changed: the request was malformed.', fieldErrors);
  }
  const { cardId, suspended } = parsed.data;
  const result = await appDatabase().write((_db, client) =>
    client.batch(
      [
        {
          sql: 'UPDATE review_cards SET suspended = ?, updated_at = ? WHERE id = ? AND user_id = ? AND suspended <> ?',
          args: [suspended ? 1 : 0, now.getTime(), cardId, user.id, suspended ? 1 : 0],
        },
        { sql: 'SELECT 1 AS owned FROM review_cards WHERE id = ? AND user_id = ?', args: [cardId, user.id] },
      ],
      'write',
    ),
  );
  if (result[1]?.rows.length !== 1) throw new CardNotFoundError();
  return { cardId, suspended };
}
