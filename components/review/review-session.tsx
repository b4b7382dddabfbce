'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { fetchJson } from '@/components/progress/fetch-json';
import { ProgressQueryProvider } from '@/components/progress/query-provider';
import { useBrowserTimeZone } from '@/components/progress/use-browser-time-zone';
import { Alert } from '@/components/ui/alert';
import type { ReviewCardView, ReviewOutcome, ReviewQueueView } from '@/lib/review/views';
import { setCardSuspendedAction, submitReviewAction } from '@/server/review/actions';
import { ReviewCardPanel } from './review-card-panel';
import { ReviewDone } from './review-done';

/** A card as presented once: a card failed and shown again later is a new presentation. */
const presentationKey = (card: ReviewCardView) => `${card.cardId}:${card.seenReps}`;

interface Answered {
  card: ReviewCardView;
  outcome: ReviewOutcome;
  at: number;
}

function queueUrl(timeZone: string, exam: string | null): string {
  const params = new URLSearchParams({ tz: timeZone, limit: '10' });
  if (exam) params.set('exam', exam);
  return `/api/review/queue?${params}`;
}

function Session({
  initial,
  initialTimeZone,
  exam,
}: {
  initial: ReviewQueueView;
  initialTimeZone: string;
  exam: string | null;
}) {
  const timeZone = useBrowserTimeZone() ?? initialTimeZone;
  const queryClient = useQueryClient();
  const queue = useQuery({
    queryKey: ['review-queue', timeZone, exam],
    queryFn: ({ signal }) => fetchJson<ReviewQueueView>(queueUrl(timeZone, exam), signal),
    initialData: timeZone === initialTimeZone ? initial : undefined,
    placeholderData: (previous) => previous ?? initial,
    // A refetch while a card is on screen would not change it (the card shown is kept), but
    // would reshuffle what comes next; refresh after each answer instead.
    refetchOnWindowFocus: false,
  });
  const data = queue.data ?? initial;

  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string[]>([]);
  const [unsure, setUnsure] = useState(false);
  const [answered, setAnswered] = useState<Answered | null>(null);
  const [reviewedCount, setReviewedCount] = useState(0);
  const [suspendedCard, setSuspendedCard] = useState<ReviewCardView | null>(null);
  // One UUID per presentation: a double click or a retry sends the same one and counts once.
  const presentationIds = useRef(new Map<string, string>());
  const shownAt = useRef(0);

  // An answered card stays on screen with its feedback while the queue refreshes behind it.
  const card = answered ? answered.card : (data.cards.find((c) => !done.has(presentationKey(c))) ?? null);
  const cardKey = card ? presentationKey(card) : null;

  useEffect(() => {
    // The answer time runs from the moment a card appears.
    shownAt.current = performance.now();
  }, [cardKey]);

  const refreshQueue = () => queryClient.invalidateQueries({ queryKey: ['review-queue'] });

  const submit = useMutation({
    mutationFn: async (current: ReviewCardView) => {
      const key = presentationKey(current);
      let presentationId = presentationIds.current.get(key);
      if (!presentationId) {
        presentationId = crypto.randomUUID();
        presentationIds.current.set(key, presentationId);
      }
      const result = await submitReviewAction({
        cardId: current.cardId,
        presentationId,
        seenReps: current.seenReps,
        versionId: current.question.versionId,
        selected,
        unsure,
        timeSpentMs: Math.min(3_600_000, Math.max(0, Math.round(performance.now() - shownAt.current))),
      });
      if (!result.ok) throw new Error(result.error);
      return { card: current, outcome: result.data };
    },
    onSuccess: ({ card: current, outcome }) => {
      setAnswered({ card: current, outcome, at: Date.now() });
      if (outcome.status === 'recorded') setReviewedCount((n) => n + 1);
      void refreshQueue();
    },
  });

  const suspend = useMutation({
    mutationFn: async ({ target, suspended }: { target: ReviewCardView; suspended: boolean }) => {
      const result = await setCardSuspendedAction({ cardId: target.cardId, suspended });
      if (!result.ok) throw new Error(result.error);
      return { target, suspended };
    },
    onSuccess: ({ target, suspended }) => {
      if (suspended) {
        setSuspendedCard(target);
        moveOn(presentationKey(target));
      } else {
        setSuspendedCard(null);
        setDone((set) => {
          const copy = new Set(set);
          copy.delete(presentationKey(target));
          return copy;
        });
      }
      void refreshQueue();
    },
  });

  function moveOn(key: string) {
    setDone((set) => new Set(set).add(key));
    setSelected([]);
    setUnsure(false);
    setAnswered(null);
    submit.reset();
  }

  const dueToday = data.dueToday;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Daily review</h1>
          <p className="mt-1 text-sm text-slate-600">
            Questions come back just before you would forget them (FSRS spaced repetition).{' '}
            {exam ? (
              <>
                This exam only.{' '}
                <Link href="/review" className="font-medium text-brand-700 hover:underline">
                  Review all exams
                </Link>
              </>
            ) : null}
          </p>
        </div>
        <p role="status" aria-label="Cards due today" className="text-sm text-slate-700">
          <span className="text-2xl font-semibold text-slate-900 tabular-nums">{dueToday}</span> due today ·{' '}
          {reviewedCount} reviewed
        </p>
      </header>

      {suspendedCard ? (
        <Alert tone="info">
          Card suspended: it will not come back until you resume it.{' '}
          <button
            type="button"
            className="font-semibold underline"
            onClick={() => suspend.mutate({ target: suspendedCard, suspended: false })}
          >
            Undo
          </button>
        </Alert>
      ) : null}
      {suspend.isError ? <Alert tone="error">{suspend.error.message}</Alert> : null}
      {queue.isError ? <Alert tone="error">Could not load your cards: {queue.error.message}</Alert> : null}

      {card ? (
        <ReviewCardPanel
          card={card}
          selected={selected}
          onSelect={setSelected}
          unsure={unsure}
          onUnsure={setUnsure}
          outcome={answered?.outcome ?? null}
          answeredAt={answered?.at ?? 0}
          checking={submit.isPending}
          error={submit.isError ? submit.error.message : null}
          onCheck={() => submit.mutate(card)}
          onNext={() => moveOn(presentationKey(card))}
          onSuspend={() => suspend.mutate({ target: card, suspended: true })}
          suspending={suspend.isPending}
        />
      ) : queue.isFetching ? (
        <p className="text-sm text-slate-600">Loading your next cards…</p>
      ) : (
        <ReviewDone reviewedCount={reviewedCount} />
      )}
    </div>
  );
}

/** "Review now": today's due cards one at a time, with feedback after each. */
export function ReviewSession(props: {
  initial: ReviewQueueView;
  initialTimeZone: string;
  exam: string | null;
}) {
  return (
    <ProgressQueryProvider>
      <Session {...props} />
    </ProgressQueryProvider>
  );
}
