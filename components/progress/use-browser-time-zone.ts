'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { TIME_ZONE_COOKIE } from '@/lib/progress/time-zone';

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;
const serverZone = () => null;

/**
 * The browser's IANA time zone (null while server rendering and hydrating, so the HTML and the
 * first client render agree). It is also left in a cookie, so the next server render of a page
 * already counts "today" in the learner's zone.
 */
export function useBrowserTimeZone(): string | null {
  const zone = useSyncExternalStore(noSubscription, browserZone, serverZone);
  useEffect(() => {
    if (!zone) return;
    const current = document.cookie.split('; ').find((c) => c.startsWith(`${TIME_ZONE_COOKIE}=`));
    const value = encodeURIComponent(zone);
    if (current !== `${TIME_ZONE_COOKIE}=${value}`)
      document.cookie = `${TIME_ZONE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
  }, [zone]);
  return zone;
}
