import 'server-only';
import { choicesRequired, questionKindOf } from '@/lib/exam/answers';
import { exhibitsOf } from '@/lib/exam/exhibits';
import { presentStructured, seedOf, settingsOf } from '@/lib/exam/kinds';
import { seededRandom } from '@/lib/exam/random';
import { endOfLocalToday, localDayKey, startOfLocalDay } from '@/lib/progress/time-zone';
import { isCardStateName } from '@/lib/review/card-state';
import type { ReviewCardView, ReviewQueueView } from '@/lib/review/views';
import { reviewFieldErrors, reviewQueueQuerySchema } from '@/lib/validation/review';
import { assertUser, type SessionUser } from '@/lib/auth/guards';
import { appDatabase } from '@/server/db';
import { catchUpReviewSync } from './catch-up';
import { ReviewInputError } from '@/lib/review/errors';
import { num, optionsOf, str } from '@/server/row-values';

// Raw SQL on purpose (a hot path): today's due cards, 10 + the count, p50 1.35 ms against a 5 ms
// target on 1M answers (bench/progress.bench.ts; plans checked by bench/progress-plans.ts); the
// count joins no version since every kind is asked (count p50 −53%, docs/PERFORMANCE.md).
// Driven by review_cards_user_suspended_due_idx: the learner's unsuspended cards in due order,
// stopping after LIMIT. Cards of retired questions or unpublished exams are skipped, not
// deleted: a question brought back brings its card back. The question is shown at its
// CURRENT version (cards outlive edits). Every kind is asked (choice, matching, ordering).

export const QUEUE_SQL = `SELECT c.id, c.question_id, c.reps, c.due, c.state, q.type,
    e.slug, e.code, e.title AS exam_title, o.code AS objective_code, o.title AS objective_title,
    v.id AS version_id, v.stem, v.options, v.settings, v.exhibits
  FROM review_cards c
  JOIN questions q ON q.id = c.question_id AND q.is_active = 1
  JOIN exams e ON e.id = q.exam_id AND e.status = 'published'
  JOIN objectives o ON o.id = q.objective_id
  JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
  WHERE c.user_id = ? AND c.suspended = 0 AND c.due < ? AND (? IS NULL OR e.slug = ?)
  ORDER BY c.due, c.id
  LIMIT ?`;

export const DUE_COUNT_SQL = `SELECT count(*) AS n
  FROM review_cards c
  JOIN questions q ON q.id = c.question_id AND q.is_active = 1
  JOIN exams e ON e.id = q.exam_id AND e.status = 'published'
  WHERE c.user_id = ? AND c.suspended = 0 AND c.due < ? AND (? IS NULL OR e.slug = ?)`;

// Reviews logged since the start of the learner's today (review_logs_user_reviewed_idx): the
// page's "3 of 20 reviewed today" comes from here, so it survives a reload and other devices.
export const REVIEWED_TODAY_SQL = `SELECT count(*) AS n FROM review_logs
  WHERE user_id = ? AND reviewed_at >= ? AND kind = 'review'`;

function cardView(row: Record<string, unknown>): ReviewCardView {
  const options = optionsOf(row.options);
  const settings = settingsOf(row.settings);
  const kind = questionKindOf(row.type, options, settings);
  const cardId = num(row.id);
  const reps = num(row.reps);
  return {
    cardId,
    seenReps: reps,
    dueAt: num(row.due),
    state: isCardStateName(row.state) ? row.state : 'new',
    exam: { slug: str(row.slug), code: str(row.code), title: str(row.exam_title) },
    objective: { code: str(row.objective_code), title: str(row.objective_title) },
    question: {
      id: num(row.question_id),
      versionId: num(row.version_id),
      type: kind,
      choose: choicesRequired(kind, options),
      stem: str(row.stem),
      // Never the key: options go out as id and text only; matching/ordering entries shuffled
      // (the same order for the same presentation: a reload does not reshuffle them).
      options: settings.kind
        ? presentStructured(settings.kind, options, seededRandom(seedOf(`card:${cardId}:${reps}`)))
        : options.map((o) => ({ id: o.id, text: o.text })),
      ...(settings.kind ? { partialCredit: settings.partialCredit === true } : {}),
      ...(settings.kind === 'matching' ? { responsesReusable: settings.responsesReusable === true } : {}),
      ...(row.exhibits && row.exhibits !== '[]' ? { exhibits: exhibitsOf(row.exhibits) } : {}),
    },
  };
}

/** How many cards the learner has due before the end of their today (optionally one exam). */
export async function countDueToday(
  userId: string,
  dayEndsAt: number,
  examSlug: string | null = null,
): Promise<number> {
  const { rows } = await appDatabase().client.execute({
    sql: DUE_COUNT_SQL,
    args: [userId, dayEndsAt, examSlug, examSlug],
  });
  return num(rows[0]?.n ?? 0);
}

/**
 * The next due cards of the signed-in learner, most overdue first, for "Review now". Input is
 * the raw query (tz, optional exam, limit) and is validated here.
 */
export async function getReviewQueue(
  actor: SessionUser | null,
  query: unknown,
  now: Date,
): Promise<ReviewQueueView> {
  const user = assertUser(actor);
  const parsed = reviewQueueQuerySchema.safeParse(query);
  if (!parsed.success)
    throw new ReviewInputError('The review queue request was malformed.', reviewFieldErrors(parsed.error));
  const { tz, exam = null, limit } = parsed.data;
  const dayEndsAt = endOfLocalToday(now, tz);
  const { client } = appDatabase();
  // The three reads travel together (one round-trip time against a remote primary), and with the
  // catch-up sync's check; in the rare case the sync added cards, they are read again.
  const read = () =>
    Promise.all([
      client.execute({ sql: QUEUE_SQL, args: [user.id, dayEndsAt, exam, exam, limit] }),
      countDueToday(user.id, dayEndsAt, exam),
      client.execute({ sql: REVIEWED_TODAY_SQL, args: [user.id, startOfLocalDay(localDayKey(now, tz), tz)] }),
    ]);
  const [synced, first] = await Promise.all([catchUpReviewSync(user.id, now), read()]);
  const [{ rows }, due, reviewed] = synced > 0 ? await read() : first;
  const cards = rows.map(cardView);
  const dueToday = cards.length < limit ? cards.length : due;
  return { cards, dueToday, reviewedToday: num(reviewed.rows[0]?.n ?? 0), dayEndsAt };
}
