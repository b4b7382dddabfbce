'use client';

import { useEffect, useState } from 'react';

const FORMATS = {
  datetime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A time in the reader's own time zone. The server renders it in UTC (it cannot know the zone);
 * the browser rewrites it after hydration.
 */
export function LocalTime({ value, format = 'datetime' }: { value: number; format?: keyof typeof FORMATS }) {
  const [text, setText] = useState(
    () =>
      new Intl.DateTimeFormat('en-US', { ...FORMATS[format], timeZone: 'UTC' }).format(value) +
      (format === 'datetime' ? ' UTC' : ''),
  );
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the reader's time zone is only known in the browser
    setText(new Intl.DateTimeFormat('en-US', FORMATS[format]).format(value));
  }, [format, value]);
  return <time dateTime={new Date(value).toISOString()}>{text}</time>;
}
