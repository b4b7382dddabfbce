'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { isAttemptPath } from '@/lib/pwa/cache-policy';
import { claimKeptPages } from './kept-pages';

const PRODUCTION = process.env.NODE_ENV === 'production';

// The page this document was loaded as, if the worker already controlled that load: the worker
// kept its HTML on the way in, so asking again would only render it twice on the server.
let keptOnLoad: string | null =
  typeof navigator !== 'undefined' && navigator.serviceWorker?.controller ? window.location.pathname : null;

/**
 * Asks the worker to fetch this page's HTML and keep it (Serwist's CACHE_URLS message; the
 * worker's policy decides, and keeps only open exams). Needed because the app moves between
 * pages without loading documents, so the worker rarely sees an exam page's HTML on its own.
 */
function keepThisPage() {
  navigator.serviceWorker.controller?.postMessage({
    type: 'CACHE_URLS',
    payload: { urlsToCache: [[window.location.href, { headers: { accept: 'text/html' } }]] },
  });
}

function whenControlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) =>
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
}

async function start(userId: string): Promise<boolean> {
  // Cleared: the copy made on the way in is gone too.
  if (await claimKeptPages(userId)) keptOnLoad = null;
  if (PRODUCTION) {
    await navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' });
    return true;
  }
  // `next dev` has no worker; one left by a production run on this port would serve old files.
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
  return false;
}

/**
 * Installs the service worker (production builds: `npm run build` writes public/sw.js), which
 * lets an open exam reload offline and shows an offline page elsewhere. First makes sure the
 * pages kept on this device belong to the user signed in now (`userId`, null when signed out).
 * On an exam's page, keeps a fresh copy when the page is shown and when the tab is hidden (the
 * moment before a phone loses its connection), so an offline reload shows recent answers.
 */
export function ServiceWorker({ userId }: { userId: string | null }) {
  const pathname = usePathname();
  const started = useRef<Promise<boolean> | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    started.current = start(userId ?? '').catch(() => false);
  }, [userId]);

  useEffect(() => {
    const ready = started.current;
    if (!ready || !isAttemptPath(pathname)) return;
    let active = true;
    void ready.then(async (registered) => {
      if (!registered) return;
      await whenControlled();
      const alreadyKept = keptOnLoad === pathname;
      keptOnLoad = null;
      if (active && !alreadyKept) keepThisPage();
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden') keepThisPage();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [pathname, userId]);

  return null;
}
