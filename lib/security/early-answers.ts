/**
 * Requests the production server (server/start-server.ts) answers itself, before Next: Next
 * turns both into a bare 500 without our headers. Pure functions of the request line and headers.
 */

/** Server actions accept bodies up to this (next.config.ts serverActions.bodySizeLimit, 6 MB). */
export const MAX_ACTION_BODY_BYTES = 6 * 1024 * 1024;

export interface EarlyAnswer {
  status: number;
  message: string;
}

/** A path whose %-escapes are not valid UTF-8 ("/exams/%ff") names no page of ours: 400. */
function hasBadEscapes(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export function earlyAnswerFor(
  method: string | undefined,
  url: string | undefined,
  headers: Record<string, string | string[] | undefined>,
): EarlyAnswer | null {
  if (hasBadEscapes(url ?? '/')) return { status: 400, message: 'This address is malformed.' };
  const length = Number(headers['content-length'] ?? 0);
  if (method === 'POST' && headers['next-action'] && length > MAX_ACTION_BODY_BYTES) {
    return { status: 413, message: 'This request is larger than 6 MB. Files for import can be up to 5 MB.' };
  }
  return null;
}
