// Services take `now`, so tests move time by passing instants instead of waiting for it.

/** The instant integration tests start from. */
export const T0 = new Date('2026-03-02T09:00:00Z');
export const minutes = (n: number) => n * 60_000;
export const days = (n: number) => n * 86_400_000;
/** The instant `ms` after `from` (T0 unless given). */
export const at = (ms: number, from: Date = T0) => new Date(from.getTime() + ms);
