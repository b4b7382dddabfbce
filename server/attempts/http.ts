import 'server-only';
import { NextResponse } from 'next/server';
import { toJsonResponse } from '../entry/errors';

/**
 * A cookie-authenticated POST must come from our own pages: its Origin must name the host the
 * request was sent to. A request without Origin is refused (browsers send it on every POST).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [request.headers.get('host'), request.headers.get('x-forwarded-host')].filter((h): h is string => Boolean(h));
  return hosts.some((host) => host.split(',')[0]!.trim().toLowerCase() === originHost.toLowerCase());
}

export function reply(status: number, body: unknown): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export const FOREIGN_ORIGIN = () => reply(403, { ok: false, error: 'This request did not come from PingToPass.' });
export const SIGNED_OUT = () => reply(401, { ok: false, error: 'Your session has ended. Sign in again.' });

/** The JSON body, at most `maxBytes`; a Response to send back instead when it is not one. */
export async function readJson(request: Request, maxBytes = 8 * 1024): Promise<{ body: unknown } | { response: NextResponse }> {
  const tooLarge = () => ({ response: reply(413, { ok: false, error: 'This request is too large.' }) });
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
  const text = await request.text();
  if (text.length > maxBytes) return tooLarge();
  if (text.trim() === '') return { body: {} };
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { response: reply(400, { ok: false, error: 'The request was not valid JSON.' }) };
  }
}

/** Deprecated shim: the routes move to jsonRoute (server/entry/routes.ts). */
export function errorReply(error: unknown, route: string): NextResponse {
  return toJsonResponse(error, route);
}
