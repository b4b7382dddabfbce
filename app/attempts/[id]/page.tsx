import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { AttemptRunner } from '@/components/attempt/runner/runner';
import { attemptIdSchema, runnerPageQuerySchema } from '@/lib/validation/attempts';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { AttemptNotFoundError } from '@/lib/exam/errors';
import { getRunnerView } from '@/server/attempts/queries';
import { requireUser } from '@/server/auth/session';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<PageSearchParams>;
}

export const metadata: Metadata = { title: 'Exam in progress' };

/**
 * The runner. Rendered on the server with the current question (from ?q=) so the page is
 * usable before hydration; an attempt that is closed (or whose time ran out, which closes it)
 * goes to its result.
 */
export default async function AttemptPage({ params, searchParams }: Props) {
  await connection();
  const parsedId = attemptIdSchema.safeParse((await params).id);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const user = await requireUser(`/attempts/${id}`);
  const lookup = await getRunnerView(user, id, new Date()).catch((error: unknown) => {
    if (error instanceof AttemptNotFoundError) notFound();
    throw error;
  });
  if (lookup.state === 'closed') redirect(`/attempts/${id}/result`);
  // ?q=N opens question N; anything else (or past the last question) opens the first.
  const query = runnerPageQuerySchema.safeParse(await searchParams);
  const requested = query.success ? query.data.q : undefined;
  const fromUrl = requested !== undefined && requested <= lookup.view.questions.length;
  return (
    <AttemptRunner view={lookup.view} initialIndex={fromUrl ? requested - 1 : 0} indexFromUrl={fromUrl} />
  );
}
