import type { Metadata } from 'next';
import { ReviewSession } from '@/components/review/review-session';
import { reviewPageQuerySchema } from '@/lib/validation/review';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { requireUser } from '@/server/auth/session';
import { timeZoneFromCookie } from '@/server/progress/request-time-zone';
import { getReviewQueue } from '@/server/review/queue';

export const metadata: Metadata = { title: 'Daily review' };

interface Props {
  searchParams: Promise<PageSearchParams>;
}

export default async function ReviewPage({ searchParams }: Props) {
  // An exam filter that is not a slug is ignored: the page shows every exam's cards.
  const query = reviewPageQuerySchema.safeParse(await searchParams);
  const exam = (query.success ? query.data.exam : undefined) ?? null;
  const user = await requireUser(exam ? `/review?exam=${exam}` : '/review');
  const timeZone = await timeZoneFromCookie();
  const queue = await getReviewQueue(user, { tz: timeZone, exam: exam ?? undefined }, new Date());
  return <ReviewSession initial={queue} initialTimeZone={timeZone} exam={exam} />;
}
