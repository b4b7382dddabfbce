/**
 * How long until a card comes back, as the review buttons show it (Anki's style): "<10m",
 * "3h", "1d", "4d", "2w", "3mo", "1.2y". Learning steps are minutes away and say "<": the
 * card is due within that time. Pure: both instants are epoch ms.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function intervalLabel(dueAt: number, now: number): string {
  const span = Math.max(0, dueAt - now);
  if (span < HOUR) return `<${Math.max(1, Math.round(span / MINUTE))}m`;
  if (span < DAY) return `${Math.round(span / HOUR)}h`;
  const days = Math.round(span / DAY);
  if (days < 14) return `${days}d`;
  if (days < 60) return `${Math.round(days / 7)}w`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${Number((days / 365).toFixed(1))}y`;
}
