import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { DeleteAccountForm } from '@/components/account/delete-account-form';
import { EmailPreferences } from '@/components/account/email-preferences';
import { ProfileForm } from '@/components/account/profile-form';
import { SignOutEverywhereForm } from '@/components/account/sign-out-everywhere-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/server/auth/session';
import { countOpenSessions } from '@/server/auth/sessions';
import { getEmailPreferences } from '@/server/notifications/preferences';
import { timeZoneChoices } from '@/lib/notifications/time-zones';

export const metadata: Metadata = { title: 'Account' };

function Section({
  title,
  description,
  children,
  danger,
  id,
}: {
  title: string;
  description: string;
  children: ReactNode;
  danger?: boolean;
  id?: string;
}) {
  return (
    <section
      id={id}
      className={`grid gap-6 rounded-xl border bg-white p-6 md:grid-cols-3 ${danger ? 'border-red-200' : 'border-slate-200'}`}
    >
      <div>
        <h2 className={`font-semibold ${danger ? 'text-red-700' : 'text-slate-900'}`}>{title}</h2>
        <p className="mt-1 text-sm text-slate-600">{description}</p>
      </div>
      <div className="md:col-span-2">{children}</div>
    </section>
  );
}

export default async function AccountPage() {
  const user = await requireUser('/account');
  const [openSessions, emailPreferences] = await Promise.all([
    countOpenSessions(user.id),
    getEmailPreferences(user.id),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title="Account" description={`Signed in as ${user.email}`} />
      <Section title="Profile" description="How we address you.">
        <ProfileForm name={user.name ?? ''} email={user.email} />
      </Section>
      <Section title="Password" description="Changing it signs you out on every other device.">
        <ChangePasswordForm />
      </Section>
      <Section
        id="email-preferences"
        title="Reminder emails"
        description="Off unless you turn them on. Every email has a one-click unsubscribe link."
      >
        <EmailPreferences initial={emailPreferences} zones={timeZoneChoices()} />
      </Section>
      <Section
        title="Sessions"
        description="Lost a phone or used a shared computer? End every session of your account."
      >
        <SignOutEverywhereForm openSessions={openSessions} />
      </Section>
      <Section
        title="Question reports"
        description="Problems you reported on questions, and the moderators' replies."
      >
        <Link
          href="/reports"
          className="inline-flex rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          My reports
        </Link>
      </Section>
      <Section title="Your data" description="Everything we store about you, as a JSON file.">
        <a
          href="/api/account/export"
          download
          className="inline-flex rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
        >
          Download my data
        </a>
      </Section>
      <Section
        title="Delete account"
        description="Schedules the deletion of your account, attempts and answers in 30 days. Signing in before then cancels it."
        danger
      >
        <DeleteAccountForm email={user.email} />
      </Section>
    </div>
  );
}
