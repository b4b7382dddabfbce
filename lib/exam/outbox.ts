/**
 * The runner's outbox: changes chosen on this device that the server has not acknowledged yet.
 * Kept per question position and persisted in the browser, so a reload or a lost connection
 * loses nothing; each carries a revision so the server can ignore saves that arrive late.
 */
export interface PendingChange {
  /** The answer to save; undefined leaves the answer as it is (a flag-only change). */
  selected?: string[];
  flagged?: boolean;
  /** The whole list of struck-out options (a reading aid, never scored); undefined leaves it. */
  struck?: string[];
  timeSpentMs?: number;
  revision: number;
}

export type Outbox = Record<number, PendingChange>;

/** Revisions only grow: time-based so two tabs rarely collide, and strictly above the last one. */
export function nextRevision(last: number, nowMs: number): number {
  return Math.max(last + 1, nowMs);
}

/** Adds a change for a position, merging with what is still waiting for it. */
export function queueChange(
  outbox: Outbox,
  position: number,
  change: Omit<PendingChange, 'revision'>,
  revision: number,
): Outbox {
  const current = outbox[position];
  const merged: PendingChange = { ...current, revision };
  if (change.selected !== undefined) merged.selected = change.selected;
  if (change.flagged !== undefined) merged.flagged = change.flagged;
  if (change.struck !== undefined) merged.struck = change.struck;
  if (change.timeSpentMs !== undefined) merged.timeSpentMs = change.timeSpentMs;
  return { ...outbox, [position]: merged };
}

/** Removes a position once the server acknowledged `revision`, unless a newer change is waiting. */
export function acknowledge(outbox: Outbox, position: number, revision: number): Outbox {
  const current = outbox[position];
  if (!current || current.revision > revision) return outbox;
  const next = { ...outbox };
  delete next[position];
  return next;
}

/** The learner's view: what the server has, overlaid with what is still waiting to be sent. */
export function overlayAnswers(server: Record<number, string[]>, outbox: Outbox): Record<number, string[]> {
  const result = { ...server };
  for (const [key, change] of Object.entries(outbox)) {
    if (change.selected === undefined) continue;
    const position = Number(key);
    if (change.selected.length === 0) delete result[position];
    else result[position] = change.selected;
  }
  return result;
}

export function overlayFlags(server: Record<number, boolean>, outbox: Outbox): Record<number, boolean> {
  const result = { ...server };
  for (const [key, change] of Object.entries(outbox)) {
    if (change.flagged !== undefined) result[Number(key)] = change.flagged;
  }
  return result;
}

export function overlayStruck(server: Record<number, string[]>, outbox: Outbox): Record<number, string[]> {
  const result = { ...server };
  for (const [key, change] of Object.entries(outbox)) {
    if (change.struck === undefined) continue;
    if (change.struck.length === 0) delete result[Number(key)];
    else result[Number(key)] = change.struck;
  }
  return result;
}

/** Strikes out `optionId`, or brings it back when it was struck out; keeps the options' order. */
export function toggleStruck(struck: string[], optionId: string, optionOrder: string[]): string[] {
  const next = new Set(struck);
  if (next.has(optionId)) next.delete(optionId);
  else next.add(optionId);
  return optionOrder.filter((id) => next.has(id));
}

/** Pending positions in the order to send them: the oldest change first. */
export function sendOrder(outbox: Outbox): number[] {
  return Object.entries(outbox)
    .sort(([, a], [, b]) => a.revision - b.revision)
    .map(([key]) => Number(key));
}
