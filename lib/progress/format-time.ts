/**
 * Dates for the progress pages, in the learner's time zone, built from numeric Intl parts and
 * our own month names: the server's and the browser's ICU data word dates differently, and a
 * page rendered on one and hydrated on the other must print the same text.
 */
import { formatterPerZone } from './time-zone';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const partsFormatter = formatterPerZone('en-US', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

function partsOf(ms: number, timeZone: string): Record<string, number> {
  const formatter = partsFormatter(timeZone);
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(ms))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

/** "2 Mar" */
export function formatShortDay(ms: number, timeZone: string): string {
  const p = partsOf(ms, timeZone);
  return `${p.day} ${MONTHS[(p.month ?? 1) - 1]}`;
}

/** "2 Mar 2026, 09:05" */
export function formatDayTime(ms: number, timeZone: string): string {
  const p = partsOf(ms, timeZone);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.day} ${MONTHS[(p.month ?? 1) - 1]} ${p.year}, ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "in 10 minutes", "in 3 days", "tomorrow"… for when a card comes back. */
export function describeNextReview(dueAt: number, now: number): string {
  const minutes = Math.max(0, Math.round((dueAt - now) / 60_000));
  if (minutes < 60) return minutes <= 1 ? 'in a minute' : `in ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return hours === 1 ? 'in an hour' : `in ${hours} hours`;
  const days = Math.round(hours / 24);
  if (days === 1) return 'tomorrow';
  if (days < 60) return `in ${days} days`;
  return `in ${Math.round(days / 30)} months`;
}
