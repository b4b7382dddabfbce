import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DeletionNotice } from '@/components/account/deletion-notice';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { ServiceWorker } from '@/components/pwa/service-worker';
import { getCurrentUser } from '@/server/auth/session';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'PingToPass — IT certification exam practice', template: '%s · PingToPass' },
  description:
    'Timed mock exams, practice with instant feedback and spaced repetition for cloud, security and networking certifications.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:text-sm focus:font-semibold focus:text-brand-700 focus:shadow-lg"
        >
          Skip to content
        </a>
        <SiteHeader user={user} />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl min-w-0 flex-1 px-4 py-6 sm:px-6 sm:py-8"
        >
          <DeletionNotice user={user} />
          {children}
        </main>
        <SiteFooter />
        <ServiceWorker userId={user?.id ?? null} />
      </body>
    </html>
  );
}
