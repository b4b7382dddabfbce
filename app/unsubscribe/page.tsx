import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/account/auth-card';
import { UnsubscribeForm } from '@/components/notifications/unsubscribe-form';
import { Alert } from '@/components/ui/alert';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { describeUnsubscribeLink } from '@/server/notifications/unsubscribe';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } };

/** The link in every reminder and summary: no sign-in, the signed token says who and what. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const link = describeUnsubscribeLink(token);
  if ('error' in link) {
    return (
      <AuthCard title="Unsubscribe">
        <div className="space-y-4">
          <Alert tone="error">{link.error}</Alert>
          <Link
            href="/account#email-preferences"
            className="inline-block font-medium text-brand-700 hover:underline"
          >
            Go to your account page
          </Link>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Unsubscribe"
      subtitle={`Stop ${link.what}? You can turn them back on from your account page.`}
    >
      <UnsubscribeForm token={token!.trim()} />
    </AuthCard>
  );
}
