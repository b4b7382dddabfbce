import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AttemptRunner } from '@/components/attempt/runner/runner';
import { getRunnerView } from '@/server/attempts/queries';
import { getCurrentUser } from '@/server/auth/session';
import { benchPagesEnabled, rememberOnce } from '@/server/bench-pages';

/** Benchmark only: the exam-taking page's HTML (question + navigator) rendered from memory. */
export default async function BareExamPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  if (!benchPagesEnabled()) notFound();
  const { id } = await params;
  const lookup = await rememberOnce(`exam:${id}`, async () => getRunnerView(await getCurrentUser(), id, new Date()));
  if (lookup.state === 'closed') notFound();
  return <AttemptRunner view={lookup.view} initialIndex={0} indexFromUrl={false} />;
}
