import type { Metadata } from 'next';
import { ReviewSession } from '@/components/review/review-session';
import { requireUser } from '@/server/auth/session';
import { timeZoneFromCookie } from '@/server/progress/request-time-zone';
import { getReviewQueue } from '@/server/review/queue';

export const metadata: Metadata = { title: 'Daily review' };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Props {
  searchParams: Promise<{ exam?: string | string[] }>;
}

export default async function ReviewPage({ searchParams }: Props) {
  const raw = (await searchParams).exam;
  // An exam filter that is not a slug is ignored: the page shows every exam's cards.
  const exam = typeof raw === 'string' && raw.length <= 120 && SLUG.test(raw) ? raw : null;
  const user = await requireUser(exam ? `/review?exam=${exam}` : '/review');
  const timeZone = await timeZoneFromCookie();
  const queue = await getReviewQueue(user, { tz: timeZone, exam: exam ?? undefined }, new Date());
  return <ReviewSession initial={queue} initialTimeZone={timeZone} exam={exam} />;
}
