import 'server-only';
import { cookies } from 'next/headers';
import { DEFAULT_TIME_ZONE, parseTimeZone, TIME_ZONE_COOKIE } from '@/lib/progress/time-zone';

/**
 * The learner's time zone for a server render: the one their browser left in a cookie, or UTC
 * on a first visit (the page then refetches with the browser's zone).
 */
export async function timeZoneFromCookie(): Promise<string> {
  const value = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return parseTimeZone(value === undefined ? undefined : safeDecode(value)) ?? DEFAULT_TIME_ZONE;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
