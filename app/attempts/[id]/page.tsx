import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { AttemptRunner } from '@/components/attempt/runner/runner';
import { runnerPageQuerySchema } from '@/lib/validation/attempts';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { requireUser } from '@/server/auth/session';
import { lookUpRunner, NOT_FOUND_TITLE } from './lookups';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<PageSearchParams>;
}

/** ?q=N opens question N (0-based index); anything else (or past the last question) opens the first. */
async function requestedIndex(searchParams: Props['searchParams'], count: number): Promise<number | null> {
  const query = runnerPageQuerySchema.safeParse(await searchParams);
  const requested = query.success ? query.data.q : undefined;
  return requested !== undefined && requested <= count ? requested - 1 : null;
}

/** "Question 3 of 60 · <exam> mock exam"; the runner keeps document.title in step as the question changes. */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const lookup = await lookUpRunner((await params).id);
  if (lookup === null) return { title: NOT_FOUND_TITLE };
  if (lookup === 'anonymous') return { title: 'Sign in to continue' };
  if (lookup.state === 'closed') return { title: `Result · ${lookup.head.exam.title}` };
  const { view } = lookup;
  const index = (await requestedIndex(searchParams, view.questions.length)) ?? 0;
  const kind = view.mode === 'mock' ? 'mock exam' : 'practice';
  return { title: `Question ${index + 1} of ${view.questions.length} · ${view.exam.title} ${kind}` };
}

/**
 * The runner. Rendered on the server with the current question (from ?q=) so the page is
 * usable before hydration; an attempt that is closed (or whose time ran out, which closes it)
 * goes to its result.
 */
export default async function AttemptPage({ params, searchParams }: Props) {
  await connection();
  const rawId = (await params).id;
  const lookup = await lookUpRunner(rawId);
  if (lookup === null) notFound();
  if (lookup === 'anonymous') {
    await requireUser(`/attempts/${rawId}`);
    notFound();
  }
  if (lookup.state === 'closed') redirect(`/attempts/${lookup.head.id}/result`);
  const index = await requestedIndex(searchParams, lookup.view.questions.length);
  return <AttemptRunner view={lookup.view} initialIndex={index ?? 0} indexFromUrl={index !== null} />;
}
