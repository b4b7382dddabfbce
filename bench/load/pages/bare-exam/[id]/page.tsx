import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { AttemptRunner } from '@/components/attempt/runner/runner';
import { getRunnerView } from '@/server/attempts/queries';
import { getCurrentUser } from '@/server/auth/session';
import { rememberOnce } from '../../remember-once';

/**
 * Load test only (copied to app/bench/ of the bench app by bench/load/build.ts; never in the
 * product build): the exam-taking page's HTML (question + navigator) rendered from memory. The
 * first caller's attempt is served to everyone, which is why it must never ship.
 */
export default async function BareExamPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const lookup = await rememberOnce(`exam:${id}`, async () =>
    getRunnerView(await getCurrentUser(), id, new Date()),
  );
  if (lookup.state === 'closed') notFound();
  return <AttemptRunner view={lookup.view} initialIndex={0} indexFromUrl={false} />;
}
