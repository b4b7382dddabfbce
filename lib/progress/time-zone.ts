/**
 * Calendar days in the learner's own time zone. The browser sends its IANA zone name
 * (Intl.DateTimeFormat().resolvedOptions().timeZone); the server never guesses from its own
 * clock, so "today" and a streak follow the learner across midnight, DST changes and travel.
 * A day is named by its local date key "YYYY-MM-DD".
 */
export const DEFAULT_TIME_ZONE = 'UTC';
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * Formatters of one locale and options, one per time zone, made once (they are costly to build)
 * and bounded: zone names are matched case-insensitively, so their spellings are endless.
 */
export function formatterPerZone(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): (timeZone: string) => Intl.DateTimeFormat {
  const formatters = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      if (formatters.size >= 1_000) formatters.clear();
      formatters.set(timeZone, formatter);
    }
    return formatter;
  };
}

// en-CA formats dates as YYYY-MM-DD.
const dayFormatter = formatterPerZone('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The IANA zone name if it is one this runtime knows, else null (never throws). Kept as the
 * browser sent it: the runtime would rename some (Asia/Kolkata becomes Asia/Calcutta), and the
 * page shows the learner the zone their own device uses.
 */
export function parseTimeZone(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64 || !ZONE_SHAPE.test(value))
    return null;
  try {
    dayFormatter(value);
    return value;
  } catch {
    return null;
  }
}

/** The local date key of an instant in `timeZone`. */
export function localDayKey(at: Date | number, timeZone: string): string {
  return dayFormatter(timeZone).format(typeof at === 'number' ? new Date(at) : at);
}

function keyToUtcNoon(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!, 12);
}

export function addDaysToKey(key: string, days: number): string {
  return new Date(keyToUtcNoon(key) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The first instant (ms) of local day `key` in `timeZone`. Usually local midnight, but where a
 * DST change skips midnight (e.g. America/Santiago in September) the day starts at 01:00.
 * Found by a binary search over minutes, because offsets range from -12 to +14 hours.
 */
export function startOfLocalDay(key: string, timeZone: string, guess?: number): number {
  // Fast path: a guess (e.g. 24 hours before the next day's start) is right on most days.
  if (
    guess !== undefined &&
    localDayKey(guess, timeZone) === key &&
    localDayKey(guess - 60_000, timeZone) < key
  )
    return guess;
  const noon = keyToUtcNoon(key);
  let low = noon - 40 * 3_600_000; // certainly the day before
  let high = noon + 14 * 3_600_000; // certainly this day or later
  while (high - low > 60_000) {
    const mid = Math.floor((low + high) / 2 / 60_000) * 60_000;
    if (localDayKey(mid, timeZone) < key) low = mid;
    else high = mid;
  }
  return high;
}

export interface LocalDay {
  key: string;
  /** Inclusive start, epoch ms. */
  start: number;
  /** Exclusive end (the next day's start), epoch ms. */
  end: number;
}

export function localDay(key: string, timeZone: string): LocalDay {
  return { key, start: startOfLocalDay(key, timeZone), end: startOfLocalDay(addDaysToKey(key, 1), timeZone) };
}

/** `count` consecutive local days ending with the day `endKey`, newest first. */
export function localDaysBackFrom(endKey: string, count: number, timeZone: string): LocalDay[] {
  const days: LocalDay[] = [];
  let end = startOfLocalDay(addDaysToKey(endKey, 1), timeZone);
  for (let i = 0; i < count; i += 1) {
    const key = addDaysToKey(endKey, -i);
    const start = startOfLocalDay(key, timeZone, end - 86_400_000);
    days.push({ key, start, end });
    end = start;
  }
  return days;
}

/**
 * The end (exclusive, epoch ms) of the learner's today: a card is "due today" when its due
 * time is before it, so a card failed at 9 pm (due again in 10 minutes) is still today's work.
 */
export function endOfLocalToday(now: Date, timeZone: string): number {
  return startOfLocalDay(addDaysToKey(localDayKey(now, timeZone), 1), timeZone);
}

/** The cookie in which the browser leaves its time zone for server-rendered pages. */
export const TIME_ZONE_COOKIE = 'ptp_tz';
