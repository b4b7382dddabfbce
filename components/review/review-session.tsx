'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { fetchJson } from '@/components/progress/fetch-json';
import { ProgressQueryProvider } from '@/components/progress/query-provider';
import { useBrowserTimeZone } from '@/components/progress/use-browser-time-zone';
import { Alert } from '@/components/ui/alert';
import type { ReviewKeyAction } from '@/lib/review/keyboard';
import type { ReviewRating } from '@/lib/review/rating';
import type { ReviewCardView, ReviewQueueView, ReviewReveal } from '@/lib/review/views';
import { revealReviewAction, setCardSuspendedAction, submitReviewAction } from '@/server/review/actions';
import { describeOutcome, ReviewProgress } from './review-progress';
import { ReviewCardPanel } from './review-card-panel';
import { ReviewDone } from './review-done';
import { useReviewKeys } from './use-review-keys';

/** A card as presented once: a card failed and shown again later is a new presentation. */
const presentationKey = (card: ReviewCardView) => `${card.cardId}:${card.seenReps}`;

interface Revealed {
  card: ReviewCardView;
  reveal: ReviewReveal;
  timeSpentMs: number;
}

function queueUrl(timeZone: string, exam: string | null): string {
  const params = new URLSearchParams({ tz: timeZone, limit: '10' });
  if (exam) params.set('exam', exam);
  return `/api/review/queue?${params}`;
}

function Session({ initial, initialTimeZone, exam }: ReviewSessionProps) {
  const timeZone = useBrowserTimeZone() ?? initialTimeZone;
  const queryClient = useQueryClient();
  const queryKey = ['review-queue', timeZone, exam];
  const queue = useQuery({
    queryKey,
    queryFn: ({ signal }) => fetchJson<ReviewQueueView>(queueUrl(timeZone, exam), signal),
    initialData: timeZone === initialTimeZone ? initial : undefined,
    placeholderData: (previous) => previous ?? initial,
    // A refetch while a card is on screen would not change it (the card shown is kept), but
    // would reshuffle what comes next; refresh after each rating instead.
    refetchOnWindowFocus: false,
  });
  const data = queue.data ?? initial;

  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string[]>([]);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [lastResult, setLastResult] = useState<string | null>(null);
  const [suspendedCard, setSuspendedCard] = useState<ReviewCardView | null>(null);
  // One UUID per presentation: a double press or a retry sends the same one and counts once.
  const presentationIds = useRef(new Map<string, string>());
  const shownAt = useRef(0);

  // A revealed card stays on screen while the queue refreshes behind it.
  const card = revealed ? revealed.card : (data.cards.find((c) => !done.has(presentationKey(c))) ?? null);
  const cardKey = card ? presentationKey(card) : null;

  useEffect(() => {
    // The answer time runs from the moment a card appears until its answer is revealed.
    shownAt.current = performance.now();
  }, [cardKey]);

  const refreshQueue = () => queryClient.invalidateQueries({ queryKey: ['review-queue'] });

  const reveal = useMutation({
    mutationFn: async (current: ReviewCardView) => {
      const timeSpentMs = Math.min(3_600_000, Math.max(0, Math.round(performance.now() - shownAt.current)));
      const result = await revealReviewAction({
        cardId: current.cardId,
        seenReps: current.seenReps,
        versionId: current.question.versionId,
        selected,
        timeSpentMs,
      });
      if (!result.ok) throw new Error(result.error);
      return { card: current, reveal: result.data, timeSpentMs };
    },
    onSuccess: (value) => setRevealed(value),
  });

  const rate = useMutation({
    mutationFn: async ({ shown, rating }: { shown: Revealed; rating: ReviewRating }) => {
      const key = presentationKey(shown.card);
      let presentationId = presentationIds.current.get(key);
      if (!presentationId) {
        presentationId = crypto.randomUUID();
        presentationIds.current.set(key, presentationId);
      }
      const result = await submitReviewAction({
        cardId: shown.card.cardId,
        presentationId,
        seenReps: shown.card.seenReps,
        versionId: shown.card.question.versionId,
        selected,
        rating,
        revealedAt: shown.reveal.revealedAt,
        timeSpentMs: shown.timeSpentMs,
      });
      if (!result.ok) throw new Error(result.error);
      return { shown, outcome: result.data };
    },
    onSuccess: ({ shown, outcome }) => {
      setLastResult(describeOutcome(outcome, shown.reveal.revealedAt));
      if (outcome.status === 'recorded') {
        // Counted at once; the refetch below brings the server's own numbers.
        queryClient.setQueryData<ReviewQueueView>(queryKey, (old) =>
          old
            ? {
                ...old,
                reviewedToday: old.reviewedToday + 1,
                dueToday: Math.max(0, old.dueToday - ((outcome.nextDueAt ?? 0) >= old.dayEndsAt ? 1 : 0)),
              }
            : old,
        );
      }
      moveOn(presentationKey(shown.card));
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
    setRevealed(null);
    reveal.reset();
    rate.reset();
  }

  const onRate = (rating: ReviewRating) => {
    if (revealed && !rate.isPending) rate.mutate({ shown: revealed, rating });
  };
  const onKey = (action: ReviewKeyAction) => {
    if (!card) return;
    if (action.type === 'rate') return onRate(action.rating);
    if (action.type === 'reveal') return void (reveal.isPending || reveal.mutate(card));
    const option = card.question.options[action.index];
    // Letter keys choose options of choice questions only (matching/ordering have their own controls).
    if (!option || card.question.choose === 0) return;
    if (card.question.type !== 'multiple') return setSelected([option.id]);
    setSelected((now) =>
      now.includes(option.id) ? now.filter((id) => id !== option.id) : [...now, option.id],
    );
  };
  useReviewKeys({
    enabled: card !== null && !reveal.isPending && !rate.isPending && !suspend.isPending,
    revealed: revealed !== null,
    optionCount: card && card.question.choose > 0 ? card.question.options.length : 0,
    onAction: onKey,
  });

  const error = reveal.error ?? rate.error;
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
        <ReviewProgress reviewed={data.reviewedToday} due={data.dueToday} />
      </header>

      <p role="status" className={lastResult ? 'text-sm text-slate-700' : 'sr-only'}>
        {lastResult}
      </p>
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
          reveal={revealed?.reveal ?? null}
          revealing={reveal.isPending}
          rating={rate.isPending ? rate.variables.rating : null}
          error={error ? error.message : null}
          onReveal={() => reveal.mutate(card)}
          onRate={onRate}
          onSuspend={() => suspend.mutate({ target: card, suspended: true })}
          suspending={suspend.isPending}
        />
      ) : queue.isFetching ? (
        <p className="text-sm text-slate-600">Loading your next cards…</p>
      ) : (
        <ReviewDone reviewedCount={data.reviewedToday} />
      )}
    </div>
  );
}

export interface ReviewSessionProps {
  initial: ReviewQueueView;
  initialTimeZone: string;
  exam: string | null;
}

/** The daily review: today's due cards one at a time; answer, reveal, rate (keys 1–4). */
export function ReviewSession(props: ReviewSessionProps) {
  return (
    <ProgressQueryProvider>
      <Session {...props} />
    </ProgressQueryProvider>
  );
}
