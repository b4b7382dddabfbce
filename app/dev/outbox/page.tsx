import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/empty-state';
import { Page } from '@/components/ui/page-header';
import { listOutboxForDeveloper } from '@/server/email/queries';

export const metadata: Metadata = { title: 'Dev outbox' };

/** `next dev` only, admins only: the emails the app would have sent. A 404 in a production build. */
export default async function DevOutboxPage() {
  const emails = await listOutboxForDeveloper();
  return (
    <Page
      title="Outbox"
      description="Emails captured in development (no SMTP_URL set). Newest first. Only admins see this page."
    >
      {emails.length === 0 ? (
        <EmptyState>No emails yet.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {emails.map((email) => (
            <li key={email.id} className="rounded-xl border border-slate-200 bg-white p-5">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">{email.subject}</h2>
                <span className="text-xs text-slate-500">
                  to {email.to} · {email.createdAt.replace('T', ' ').slice(0, 19)} · {email.status}
                </span>
              </div>
              {email.lastError ? <p className="mt-1 text-xs text-red-600">{email.lastError}</p> : null}
              <pre className="mt-3 font-sans text-sm break-all whitespace-pre-wrap text-slate-700">
                {email.text}
              </pre>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
