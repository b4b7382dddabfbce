import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AttemptList } from '@/components/attempt/history/attempt-list';
import { ButtonLink } from '@/components/ui/button-link';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import { historyPageSchema } from '@/lib/validation/attempts';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { listAttempts } from '@/server/attempts/history';
import { requireUser } from '@/server/auth/session';

export const metadata: Metadata = { title: 'History' };

interface Props {
  searchParams: Promise<PageSearchParams>;
}

export default async function HistoryPage({ searchParams }: Props) {
  await connection();
  const user = await requireUser('/history');
  const now = new Date();
  // Never fails: an unusable page number ("abc", "-1", "10001", "1e400") is page 1.
  const query = historyPageSchema.safeParse(await searchParams);
  const page = await listAttempts(user, { page: query.success ? query.data.page : 1 }, now);
  return (
    <Page
      title="History"
      description="Every mock exam and practice session you took, newest first."
      actions={
        page.total > 0 ? (
          <p className="text-sm text-slate-500">
            {page.total.toLocaleString('en-US')} {page.total === 1 ? 'attempt' : 'attempts'}
          </p>
        ) : null
      }
    >
      {page.total === 0 ? (
        <EmptyState title="No attempts yet" action={<ButtonLink href="/exams">Browse exams</ButtonLink>}>
          Pick an exam and take a mock exam or a practice session: your results appear here.
        </EmptyState>
      ) : page.items.length === 0 ? (
        <EmptyState>
          This page is empty.{' '}
          <Link href="/history" className="font-medium text-brand-700 hover:underline">
            Go to the first page
          </Link>
          .
        </EmptyState>
      ) : (
        <AttemptList attempts={page.items} now={now.getTime()} />
      )}
      {page.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {page.page > 1 ? (
            <Link
              href={`/history?page=${page.page - 1}`}
              className="font-medium text-brand-700 hover:underline"
            >
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-500">
            Page {page.page} of {page.pageCount}
          </span>
          {page.page < page.pageCount ? (
            <Link
              href={`/history?page=${page.page + 1}`}
              className="font-medium text-brand-700 hover:underline"
            >
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </Page>
  );
}
